/**
 * A process-wide signal that public content changed. Payload hooks (bundled into the Next server)
 * raise it; caches outside that bundle (the front response cache of `scripts/serve.mjs`) and inside
 * it listen. The registry lives on `globalThis` because the two sides are separate module graphs
 * in one process: a module-level list would exist twice.
 *
 * A change made inside a database transaction is announced only once the transaction commits
 * (see src/db/announceCommits.ts): announced earlier, a request arriving between the hook and the
 * commit would read the old content and cache it as if it were new.
 */
export type ContentChange = { slug: string; kind: 'collection' | 'global' }

type Listener = (change: ContentChange) => void
type TransactionId = number | string

type Registry = { listeners: Set<Listener>; pending: Map<TransactionId, ContentChange[]> }

const registryKey = Symbol.for('wayout.contentChanges')

const registry = (): Registry => {
  const scope = globalThis as typeof globalThis & { [registryKey]?: Registry }
  scope[registryKey] ??= { listeners: new Set(), pending: new Map() }
  return scope[registryKey]
}

/** Subscribes to content changes; returns the unsubscribe function. */
export const onContentChange = (listener: Listener) => {
  registry().listeners.add(listener)
  return () => void registry().listeners.delete(listener)
}

const announce = (change: ContentChange) => {
  for (const listener of registry().listeners) listener(change)
}

/** Announces a change now, or when its transaction commits. */
export const contentChanged = (change: ContentChange, transaction?: TransactionId | null) => {
  if (transaction === undefined || transaction === null) return announce(change)
  const { pending } = registry()
  pending.set(transaction, [...(pending.get(transaction) ?? []), change])
}

/** The database committed: announce what the transaction changed. */
export const transactionCommitted = (transaction: TransactionId) => {
  const changes = registry().pending.get(transaction) ?? []
  registry().pending.delete(transaction)
  changes.forEach(announce)
}

/** The database rolled back: nothing changed. */
export const transactionRolledBack = (transaction: TransactionId) => void registry().pending.delete(transaction)
