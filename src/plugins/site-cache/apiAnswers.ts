/**
 * The public API's answers, remembered: for each query the status, the JSON bytes, their ETag
 * and the tags of what they show (routes.ts, `apiTags`), bounded (5,000 answers, 64 MB, least
 * recently used first); a content change marks stale the answers it touches. The route handlers
 * (src/plugins/public-api/handler.ts) fill it, one computation per key at a time; the front
 * server answers a remembered query itself, without entering Next
 * (src/plugins/public-api/answers.ts): that is what makes the API about as fast as a plain Node
 * server. A stale answer stands in when computing it anew fails (the database is down).
 */
import { cacheLifetimeMs, onContentChange } from './contentChanges'
import { etagOf } from './etag'
import { resolveHost } from './siteDirectory'
import { processWide } from './stores'
import { createTaggedStore } from './taggedStore'
import { tagsOf } from './tags'

export type CachedResponse = { status: number; body: Buffer<ArrayBuffer>; etag: string; tags: readonly string[] }
type Computed = { status: number; body: Buffer<ArrayBuffer>; tags: readonly string[] }

const answers = processWide('wayout.publicApi.responses', () => {
  const created = {
    entries: createTaggedStore<CachedResponse>({
      maxEntries: 5_000,
      maxBytes: 64 * 1024 * 1024,
      sizeOf: (entry) => entry.body.length + 200,
      keepStaleMs: 24 * 60 * 60_000,
    }),
    inFlight: new Map<string, Promise<CachedResponse>>(),
    remember: true,
  }
  onContentChange((change) => created.entries.invalidate(tagsOf(change)))
  return created
})

/**
 * The key of an answer: the site the host resolves to (the answer's links are made from it), the
 * path, and the query in one order. Undefined while the sites are not known. Both the handlers
 * and the front server compute it so.
 */
export const responseKey = ({ host, url }: { host: string; url: URL }) => {
  const site = resolveHost(host)
  if (!site) return undefined
  const query = new URLSearchParams([...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  return `${site.cacheKey}${url.pathname}?${query}`
}

export const peekResponse = (key: string) => (answers.remember ? answers.entries.fresh(key) : undefined)

/** From now on every answer is computed anew and none is kept: for the benchmark of renders (src/server/front.ts). */
export const forgetPublicApiAnswers = () => {
  answers.remember = false
}

/**
 * The answer for `key`: from memory, or computed once however many requests ask at the same
 * time; if computing fails, the last answer kept for it, else the error. `ttlMs` bounds answers
 * that depend on the clock (upcoming events), not only on content.
 */
export const cachedResponse = (
  key: string,
  compute: () => Promise<Computed>,
  ttlMs?: number,
): Promise<CachedResponse> => {
  const { entries, inFlight } = answers
  if (!answers.remember) return compute().then((computed) => ({ ...computed, etag: etagOf(computed.body) }))
  const hit = entries.fresh(key)
  if (hit) return Promise.resolve(hit)
  const pending = inFlight.get(key)
  if (pending) return pending
  const since = entries.version
  const computing = compute()
    .then(({ status, body, tags }) => {
      const answer = { status, body, tags, etag: etagOf(body) }
      entries.set(key, answer, tags, Math.min(ttlMs ?? Infinity, cacheLifetimeMs()), since)
      return answer
    })
    .catch((error: unknown) => {
      const stale = entries.stale(key)
      if (stale) return stale
      throw error
    })
    .finally(() => {
      if (inFlight.get(key) === computing) inFlight.delete(key)
    })
  inFlight.set(key, computing)
  return computing
}
