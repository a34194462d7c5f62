import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { guardSqliteWrites } from './sqliteWriteLock'
import { takeTransactionTurns } from './transactionTurns'

/**
 * SQLite has one writer at a time, and libsql gives every transaction a connection of its own
 * whose lock waits block the event loop; so two overlapping transactions in one process fail at
 * once with SQLITE_BUSY (forty simultaneous saves: thirty-nine errors). Queuing the transactions
 * in the process removes that: each waits its turn, up to `waitMs`, then gets a 503.
 * As Payload itself requires, hooks pass `req` to nested operations so they join the caller's
 * transaction; one that does not would wait for its own caller and end in that 503.
 * Writes outside any transaction wait their turn too, at the connection (./sqliteWriteLock.ts).
 */
export const serializeTransactions = (
  adapter: DatabaseAdapterObj<SQLiteAdapter>,
  waitMs = 15_000,
): DatabaseAdapterObj<SQLiteAdapter> => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    takeTransactionTurns(db, 1, waitMs)
    const connect = db.connect?.bind(db)
    db.connect = async (options) => {
      await connect?.(options)
      guardSqliteWrites(db.client, waitMs)
    }
    return db
  },
})
