/**
 * The process-wide signal that public content changed. The plugin's hooks (index.ts, inside the
 * Next bundle) raise it; the front server's page cache and the public API's answer store listen,
 * and so do caches inside the bundle (the live sites, the trusted origins).
 *
 * A change made inside a database transaction is announced only once the transaction commits
 * (see announceCommits.ts): announced earlier, a request arriving between the hook and the
 * commit would read the old content and cache it as if it were new.
 */
import { memorySignal, processWide } from './stores'

export type ContentChange = { slug: string; kind: 'collection' | 'global' }
type TransactionId = number | string

const changes = processWide('wayout.contentChanges', () => ({
  signal: memorySignal<ContentChange>(),
  pending: new Map<TransactionId, ContentChange[]>(),
}))

/** Subscribes to content changes; returns the unsubscribe function. */
export const onContentChange = (listener: (change: ContentChange) => void) => changes.signal.subscribe(listener)

/** Announces a change now, or when its transaction commits. */
export const contentChanged = (change: ContentChange, transaction?: TransactionId | null) => {
  if (transaction === undefined || transaction === null) return changes.signal.publish(change)
  changes.pending.set(transaction, [...(changes.pending.get(transaction) ?? []), change])
}

/** The database committed: announce what the transaction changed. */
export const transactionCommitted = (transaction: TransactionId) => {
  const committed = changes.pending.get(transaction) ?? []
  changes.pending.delete(transaction)
  committed.forEach((change) => changes.signal.publish(change))
}

/** The database rolled back: nothing changed. */
export const transactionRolledBack = (transaction: TransactionId) => void changes.pending.delete(transaction)
