import { E_TIMEOUT, Semaphore, withTimeout } from 'async-mutex'
import type { BaseDatabaseAdapter } from 'payload'

import { DatabaseBusy } from './databaseBusy'

type Transactions = Pick<BaseDatabaseAdapter, 'beginTransaction' | 'commitTransaction' | 'rollbackTransaction'>

/**
 * At most `open` transactions of `db` at once: the next one waits for a turn, holding no
 * connection, up to `waitMs`, then fails with a 503 (DatabaseBusy). A turn is given back when its
 * transaction commits or rolls back.
 */
export const takeTransactionTurns = (db: Transactions, open: number, waitMs: number) => {
  const turns = withTimeout(new Semaphore(open), waitMs)
  const releases = new Map<number | string, () => void>()
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const finish = async (id: number | string | Promise<number | string>) => {
    const key = await id
    releases.get(key)?.()
    releases.delete(key)
  }

  db.beginTransaction = async (options) => {
    const [, release] = await turns.acquire().catch((error: unknown) => {
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
}
