/**
 * The signal that public content changed. The plugin's hooks (index.ts, inside the Next bundle)
 * raise it; the front server's page cache and the public API's answer store listen, and so do
 * caches inside the bundle (the live sites, the trusted origins). With REDIS_URL set, every
 * change is also published to the other processes, and theirs are heard here (redisRelay.ts).
 *
 * A change made inside a database transaction is announced only once the transaction commits
 * (see announceCommits.ts): announced earlier, a request arriving between the hook and the
 * commit would read the old content and cache it as if it were new.
 */
import { localOnly, redisRelay } from './redisRelay'
import { memorySignal, processWide } from './stores'
import type { ContentChange } from './tags'

export type { ContentChange } from './tags'

type TransactionId = number | string

const changes = processWide('wayout.contentChanges', () => {
  const signal = memorySignal<ContentChange>()
  const url = process.env.REDIS_URL
  const channel = process.env.REDIS_CACHE_CHANNEL || 'wayout:cache'
  const relay = url ? redisRelay(url, channel, (change) => signal.publish(change)) : localOnly
  return { signal, relay, pending: new Map<TransactionId, ContentChange[]>() }
})

/** Subscribes to content changes (this process's and, with Redis, the others'); returns the unsubscribe function. */
export const onContentChange = (listener: (change: ContentChange) => void) => changes.signal.subscribe(listener)

/** How long a response stored now may be served: short while other processes' changes may go unheard. */
export const cacheLifetimeMs = () => changes.relay.lifetimeMs()

const announce = async (announced: ContentChange[]) => {
  if (!announced.length) return
  announced.forEach((change) => changes.signal.publish(change))
  await changes.relay.share(announced)
}

/** Announces a change now, or when its transaction commits. */
export const contentChanged = async (change: ContentChange, transaction?: TransactionId | null) => {
  if (transaction === undefined || transaction === null) return announce([change])
  changes.pending.set(transaction, [...(changes.pending.get(transaction) ?? []), change])
}

/** The database committed: announce what the transaction changed. */
export const transactionCommitted = async (transaction: TransactionId) => {
  const committed = changes.pending.get(transaction) ?? []
  changes.pending.delete(transaction)
  await announce(committed)
}

/** The database rolled back: nothing changed. */
export const transactionRolledBack = (transaction: TransactionId) => void changes.pending.delete(transaction)
