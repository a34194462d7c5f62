import { LRUCache } from 'lru-cache'

import { touches } from './tags'

/**
 * A bounded store of responses, each with the tags of what it shows. A change marks the entries
 * it touches stale rather than deleting them: a stale copy is never served as fresh, only when
 * rendering it anew fails with a 5xx (stale-if-error), until `keepStaleMs` after it was stored.
 * Bounded by count and by bytes, the least recently used going first.
 */
// staleSince: when a change touched it (its lifetime's end otherwise).
type Held<V> = { value: V; tags: readonly string[]; freshUntil: number; staleSince?: number }

export type TaggedStore<V> = {
  /** The entry while fresh. */
  fresh(key: string): V | undefined
  /** The entry, fresh or not: for when a new response fails. */
  stale(key: string): V | undefined
  /** The entry if it is fresh or went stale at most `withinMs` ago. */
  recentlyStale(key: string, withinMs: number): V | undefined
  /**
   * Stores `value` for `lifetimeMs`, unless a change touching `tags` came after `since` (the
   * `version` when its rendering began): then it may already be out of date. Returns whether stored.
   */
  set(key: string, value: V, tags: readonly string[], lifetimeMs: number, since: number): boolean
  /** Marks every entry carrying one of `tags` stale (`*`: all). */
  invalidate(tags: readonly string[]): void
  /** Counts the changes seen; read it when a rendering begins. */
  readonly version: number
  readonly entries: number
  readonly bytes: number
}

type Limits<V> = { maxEntries: number; maxBytes: number; sizeOf: (value: V) => number; keepStaleMs: number }

// Enough recent changes to judge any rendering still running; an older one is judged touched.
const changesKept = 1_000

export const createTaggedStore = <V extends object>({
  maxEntries,
  maxBytes,
  sizeOf,
  keepStaleMs,
}: Limits<V>): TaggedStore<V> => {
  const held = new LRUCache<string, Held<V>>({
    max: maxEntries,
    maxSize: maxBytes,
    sizeCalculation: (entry) => Math.max(1, sizeOf(entry.value)),
    ttl: keepStaleMs,
  })
  let version = 0
  const recent: { version: number; tags: readonly string[] }[] = []

  const changedSince = (since: number, tags: readonly string[]) => {
    if (since === version) return false
    if (!recent.length || recent[0].version > since + 1) return true
    return recent.some((change) => change.version > since && touches(change.tags, tags))
  }

  return {
    fresh: (key) => {
      const entry = held.get(key)
      return entry && entry.freshUntil > Date.now() ? entry.value : undefined
    },
    stale: (key) => held.peek(key)?.value,
    recentlyStale: (key, withinMs) => {
      const entry = held.peek(key)
      return entry && Date.now() - (entry.staleSince ?? entry.freshUntil) <= withinMs ? entry.value : undefined
    },
    set: (key, value, tags, lifetimeMs, since) => {
      if (changedSince(since, tags)) return false
      held.set(key, { value, tags, freshUntil: Date.now() + lifetimeMs })
      return true
    },
    invalidate: (tags) => {
      version += 1
      recent.push({ version, tags })
      if (recent.length > changesKept) recent.shift()
      const now = Date.now()
      for (const entry of held.values()) {
        if (!touches(tags, entry.tags)) continue
        if (entry.freshUntil > now) entry.staleSince = now
        else entry.staleSince ??= entry.freshUntil
        entry.freshUntil = 0
      }
    },
    get version() {
      return version
    },
    get entries() {
      return held.size
    },
    get bytes() {
      return held.calculatedSize
    },
  }
}
