import { processWide } from '@/plugins/site-cache/stores'

type Stopping = { signal: AbortController; releases: Set<() => Promise<void>> }

/** One per process, shared by the front server's bundle, Next's and the worker's. */
const state = () =>
  processWide<Stopping>('wayout.jobs.stopping', () => ({ signal: new AbortController(), releases: new Set() }))

/** True once the process was asked to stop: long jobs end at their next safe point. */
export const stopping = () => state().signal.signal.aborted

export const stopSignal = () => state().signal.signal

export const beginStopping = () => state().signal.abort()

/**
 * A lease held by a running job, released when it ends, or by `releaseLeases` when the process
 * stops before the job reached a safe point; returns the function that forgets it.
 */
export const holdLease = (release: () => Promise<void>) => {
  state().releases.add(release)
  return () => void state().releases.delete(release)
}

/** At shutdown: every lease still held is given back, so another process resumes at once. */
export const releaseLeases = async () => {
  const releases = [...state().releases]
  state().releases.clear()
  await Promise.allSettled(releases.map((release) => release()))
}

/** Resolves when no lease is held any more (jobs reached a safe point), or after `ms`. */
export const leasesReleased = async (ms: number) => {
  const until = Date.now() + ms
  while (state().releases.size && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50))
}
