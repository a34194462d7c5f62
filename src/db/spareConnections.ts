import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

import { takeTransactionTurns } from './transactionTurns'

/**
 * Payload makes some writes beside its own transactions on purpose, each on a connection of its
 * own (failed sign-ins, forgot-password's reservation; the rate limits too), often while the
 * request's transaction holds another. When open transactions held every connection of the pool,
 * those writes waited for one that no transaction would give back first, and every request failed
 * at the pool's connection timeout (25 of 48 simultaneous sign-ins and saves answered 503). So
 * transactions may hold all but `spare` of the pool's `size` connections: the spare ones serve
 * those writes and the readers; a further transaction waits its turn (up to `waitMs`, then 503).
 */
export const spareConnections = (
  adapter: DatabaseAdapterObj<PostgresAdapter>,
  { size, spare, waitMs = 15_000 }: { size: number; spare: number; waitMs?: number },
): DatabaseAdapterObj<PostgresAdapter> => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    takeTransactionTurns(db, size - spare, waitMs)
    return db
  },
})
