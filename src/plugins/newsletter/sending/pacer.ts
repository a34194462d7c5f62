/** Spaces the starts of Resend calls to stay within its per-second limit. */
export const pacer = (perSecond: number, sleep: (ms: number) => Promise<void>) => {
  const gap = perSecond > 0 ? 1000 / perSecond : 0
  let next = 0
  return async () => {
    const at = Math.max(Date.now(), next)
    next = at + gap
    if (at > Date.now()) await sleep(at - Date.now())
  }
}
