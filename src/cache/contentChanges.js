/**
 * A process-wide signal that public content changed. Payload hooks (bundled into the Next server)
 * raise it; the front response cache of `scripts/serve.mjs` (plain Node, outside that bundle) and
 * caches inside the bundle listen. The registry lives on `globalThis` because the two sides are
 * separate module graphs in one process: a module-level list would exist twice. Plain JavaScript
 * (typed with JSDoc) so that the server script can import it without a build step.
 *
 * A change made inside a database transaction is announced only once the transaction commits
 * (see src/db/announceCommits.ts): announced earlier, a request arriving between the hook and the
 * commit would read the old content and cache it as if it were new.
 */

/** @typedef {{ slug: string, kind: 'collection' | 'global' }} ContentChange */
/** @typedef {(change: ContentChange) => void} Listener */
/** @typedef {number | string} TransactionId */
/** @typedef {{ listeners: Set<Listener>, pending: Map<TransactionId, ContentChange[]> }} Registry */

const registryKey = Symbol.for('wayout.contentChanges')

/** @returns {Registry} */
const registry = () => {
  const scope = /** @type {Record<symbol, Registry | undefined>} */ (/** @type {unknown} */ (globalThis))
  return (scope[registryKey] ??= { listeners: new Set(), pending: new Map() })
}

/**
 * Subscribes to content changes; returns the unsubscribe function.
 * @param {Listener} listener
 */
export const onContentChange = (listener) => {
  registry().listeners.add(listener)
  return () => void registry().listeners.delete(listener)
}

/** @param {ContentChange} change */
const announce = (change) => {
  for (const listener of registry().listeners) listener(change)
}

/**
 * Announces a change now, or when its transaction commits.
 * @param {ContentChange} change
 * @param {TransactionId | null} [transaction]
 */
export const contentChanged = (change, transaction) => {
  if (transaction === undefined || transaction === null) return announce(change)
  const { pending } = registry()
  pending.set(transaction, [...(pending.get(transaction) ?? []), change])
}

/**
 * The database committed: announce what the transaction changed.
 * @param {TransactionId} transaction
 */
export const transactionCommitted = (transaction) => {
  const changes = registry().pending.get(transaction) ?? []
  registry().pending.delete(transaction)
  changes.forEach(announce)
}

/**
 * The database rolled back: nothing changed.
 * @param {TransactionId} transaction
 */
export const transactionRolledBack = (transaction) => void registry().pending.delete(transaction)
