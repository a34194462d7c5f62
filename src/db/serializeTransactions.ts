import { E_TIMEOUT, Mutex, withTimeout } from 'async-mutex'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { DatabaseBusy } from './databaseBusy'
import { guardSqliteWrites } from './sqliteWriteLock'

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
    const turn = withTimeout(new Mutex(), waitMs)
    const releases = new Map<number | string, () => void>()
    const begin = db.beginTransaction.bind(db)
    const commit = db.commitTransaction.bind(db)
    const rollback = db.rollbackTransaction.bind(db)
    const connect = db.connect?.bind(db)
    db.connect = async (options) => {
      await connect?.(options)
      guardSqliteWrites(db.client, waitMs)
    }
    const finish = async (id: number | string | Promise<number | string>) => {
      const key = await id
      releases.get(key)?.()
      releases.delete(key)
    }

    db.beginTransaction = async (options) => {
      const release = await turn.acquire().catch((error: unknown) => {
        if (error === E_TIMEOUT) throw new DatabaseBusy()
        throw error
      })
      try {
        const id = await begin(options)
        if (id === null) release()
        else releases.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    db.commitTransaction = async (id) => {
      try {
        await commit(id)
      } finally {
        await finish(id)
      }
    }
    db.rollbackTransaction = async (id) => {
      try {
        await rollback(id)
      } finally {
        await finish(id)
      }
    }
    return db
  },
})
