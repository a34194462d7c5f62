import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { transactionCommitted, transactionRolledBack } from './contentChanges'

/**
 * Tells the caches when a transaction ends, so content changes made inside it are announced
 * after the commit, never before (contentChanges.ts says why).
 */
export const announceCommits = <T extends BaseDatabaseAdapter>(
  adapter: DatabaseAdapterObj<T>,
): DatabaseAdapterObj<T> => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const commit = db.commitTransaction.bind(db)
    const rollback = db.rollbackTransaction.bind(db)
    db.commitTransaction = async (id) => {
      await commit(id)
      await transactionCommitted(await id)
    }
    db.rollbackTransaction = async (id) => {
      await rollback(id)
      transactionRolledBack(await id)
    }
    return db
  },
})
