import crypto from 'node:crypto'

import { LRUCache } from 'lru-cache'

import { onContentChange } from '@/cache/contentChanges'

/** A computed answer: status, JSON bytes and their ETag, ready to send again. */
export type CachedResponse = { status: number; body: Buffer; etag: string }

type Store = {
  entries: LRUCache<string, CachedResponse>
  inFlight: Map<string, Promise<CachedResponse>>
  /** Bumped by every content change: an answer computed across a change is not kept. */
  generation: number
}

const storeKey = Symbol.for('wayout.publicApi.responses')

/**
 * One store per process, on `globalThis`: each route handler is its own bundle entry, and they
 * must share it. Bounded by bytes (and count), emptied whenever public content changes.
 */
const store = (): Store => {
  const scope = globalThis as typeof globalThis & { [storeKey]?: Store }
  if (!scope[storeKey]) {
    const created: Store = {
      entries: new LRUCache({
        max: 5_000,
        maxSize: 64 * 1024 * 1024,
        sizeCalculation: (entry) => entry.body.length + 200,
      }),
      inFlight: new Map(),
      generation: 0,
    }
    onContentChange(() => {
      created.generation += 1
      created.entries.clear()
      created.inFlight.clear()
    })
    scope[storeKey] = created
  }
  return scope[storeKey]
}

export const etagOf = (body: Buffer) => `"${crypto.createHash('sha1').update(body).digest('base64url')}"`

/**
 * The answer for `key`: from memory, or computed once however many requests ask at the same time.
 * `ttlMs` bounds answers that depend on the clock (upcoming events), not only on content.
 */
export const cachedResponse = async (
  key: string,
  compute: () => Promise<{ status: number; body: Buffer }>,
  ttlMs?: number,
): Promise<CachedResponse> => {
  const { entries, inFlight } = store()
  const hit = entries.get(key)
  if (hit) return hit
  const pending = inFlight.get(key)
  if (pending) return pending
  const generation = store().generation
  const computing = compute()
    .then(({ status, body }) => {
      const response = { status, body, etag: etagOf(body) }
      if (store().generation === generation) entries.set(key, response, ttlMs ? { ttl: ttlMs } : undefined)
      return response
    })
    .finally(() => {
      if (inFlight.get(key) === computing) inFlight.delete(key)
    })
  inFlight.set(key, computing)
  return computing
}

/** Only for the hot path: the stored answer, without starting anything. */
export const peekResponse = (key: string) => store().entries.get(key)
