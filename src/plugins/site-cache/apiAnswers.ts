/**
 * The public API's answers, remembered: for each URL the status, the JSON bytes and their ETag,
 * bounded (5,000 answers, 64 MB, least recently used first) and emptied whenever public content
 * changes. The route handlers (src/plugins/public-api/handler.ts) fill it; the front server
 * answers a remembered URL itself, without entering Next (src/plugins/public-api/answers.ts):
 * that is what makes the API about as fast as a plain Node server.
 */
import { createHash } from 'node:crypto'

import { onContentChange } from './contentChanges'
import { memoryStore, processWide } from './stores'

export type CachedResponse = { status: number; body: Buffer<ArrayBuffer>; etag: string }

const answers = processWide('wayout.publicApi.responses', () => {
  const created = {
    entries: memoryStore<CachedResponse>({
      maxEntries: 5_000,
      maxSize: 64 * 1024 * 1024,
      sizeOf: (entry) => entry.body.length + 200,
      readsKeep: true,
    }),
    inFlight: new Map<string, Promise<CachedResponse>>(),
    // Bumped by every content change: an answer computed across a change is not kept.
    generation: 0,
  }
  onContentChange(() => {
    created.generation += 1
    created.entries.clear()
    created.inFlight.clear()
  })
  return created
})

export const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`

/**
 * The key of an answer: the host it was asked on (requestHost: the answer's links are made from
 * the site that host names, at its configured origin), path and query as given. Both the
 * handlers and the front server compute it so.
 */
export const responseKey = ({ host, path }: { host: string; path: string }) => `${host}${path}`

export const peekResponse = (key: string) => answers.entries.get(key)

/**
 * The answer for `key`: from memory, or computed once however many requests ask at the same time.
 * `ttlMs` bounds answers that depend on the clock (upcoming events), not only on content.
 */
export const cachedResponse = (
  key: string,
  compute: () => Promise<{ status: number; body: Buffer<ArrayBuffer> }>,
  ttlMs?: number,
): Promise<CachedResponse> => {
  const { entries, inFlight, generation } = answers
  const hit = entries.get(key)
  if (hit) return Promise.resolve(hit)
  const pending = inFlight.get(key)
  if (pending) return pending
  const computing = compute()
    .then(({ status, body }) => {
      const answer = { status, body, etag: etagOf(body) }
      if (answers.generation === generation) entries.set(key, answer, ttlMs)
      return answer
    })
    .finally(() => {
      if (inFlight.get(key) === computing) inFlight.delete(key)
    })
  inFlight.set(key, computing)
  return computing
}
