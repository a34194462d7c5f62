/** One GET over plain HTTP (a Host header of our choosing, unlike fetch): status, body and milliseconds taken. */
import http from 'node:http'

export const get = (url, headers = {}) =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    http
      .get(url, { headers }, (res) => {
        const chunks = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            headers: res.headers,
            body: Buffer.concat(chunks),
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          }),
        )
      })
      .on('error', reject)
  })

/** `count` requests one after another (after `warmup` unmeasured ones): p50 and p95 in ms. */
export const oneAtATime = async (url, headers, { count = 40, warmup = 5 } = {}) => {
  const times = []
  for (let i = 0; i < warmup + count; i++) {
    const { status, ms } = await get(url, headers)
    if (status !== 200) throw new Error(`${url} answered ${status}`)
    if (i >= warmup) times.push(ms)
  }
  times.sort((a, b) => a - b)
  const at = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]
  return { p50: at(50), p95: at(95) }
}
