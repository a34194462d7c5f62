import { LRUCache } from 'lru-cache'

/**
 * What the caches need from the place they keep things, as two small types: a store of answers
 * and a signal that content changed. Both are in this process's memory today (`memoryStore`,
 * `memorySignal`); another implementation is chosen where they are created (contentChanges.ts,
 * pageCache.ts, apiAnswers.ts), and the code that reads and fills the caches stays as it is.
 * A store is read synchronously, since the front server asks it before handing a request to
 * Next: with several instances, each keeps its own stores, and a shared signal (pub/sub) makes
 * every instance empty them when any instance's content changes.
 */
export type ResponseStore<V> = {
  get(key: string): V | undefined
  /** `ttlMs` bounds an answer that depends on the clock, not only on content. */
  set(key: string, value: V, ttlMs?: number): void
  clear(): void
  /** What it holds, in the units its limit counts. */
  readonly size: number
}

export type ChangeSignal<C> = {
  publish(change: C): void
  /** Returns the unsubscribe function. */
  subscribe(listener: (change: C) => void): () => void
}

type MemoryLimits<V> = {
  /** At most this much, counted by `sizeOf` (one per entry when not given). */
  maxSize: number
  sizeOf?: (value: V) => number
  maxEntries?: number
  /** Whether reading an entry keeps it longer: least recently used goes first, else least recently stored. */
  readsKeep: boolean
}

/** A bounded store in this process; when full, the oldest entries go. */
export const memoryStore = <V extends object>({
  maxSize,
  sizeOf = () => 1,
  maxEntries,
  readsKeep,
}: MemoryLimits<V>): ResponseStore<V> => {
  const entries = new LRUCache<string, V>({ max: maxEntries, maxSize, sizeCalculation: sizeOf })
  return {
    get: (key) => (readsKeep ? entries.get(key) : entries.peek(key)),
    set: (key, value, ttlMs) => void entries.set(key, value, ttlMs ? { ttl: ttlMs } : undefined),
    clear: () => entries.clear(),
    get size() {
      return entries.calculatedSize
    },
  }
}

/** A signal heard in this process. */
export const memorySignal = <C>(): ChangeSignal<C> => {
  const listeners = new Set<(change: C) => void>()
  return {
    publish: (change) => {
      for (const listener of listeners) listener(change)
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

/**
 * One value per process, made on first use. The front server (its own bundle, .next/front-server.mjs)
 * and Next's bundles each load these modules, in one process: a module-level value would exist
 * once per bundle, so the shared ones live on `globalThis`.
 */
export const processWide = <T>(name: string, create: () => T): T => {
  const key = Symbol.for(name)
  if (!Reflect.has(globalThis, key)) Reflect.set(globalThis, key, create())
  return Reflect.get(globalThis, key) as T
}
