import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

type Adapter = PostgresAdapter | SQLiteAdapter

/**
 * Payload's transactions (beginTransaction in @payloadcms/drizzle) swallow an error of the COMMIT
 * itself: drizzle's transaction promise gets a `.catch` meant for a failed BEGIN, so when the
 * COMMIT fails (PostgreSQL stopping during a save, say) the operation still succeeds and the
 * client is answered 201 for a row the database never kept. Here drizzle's transactions note how
 * each one ended, before Payload's `.catch` hears it, and a commit whose transaction failed
 * throws (an outage when the database went away, ./unavailable.ts), so nothing unsaved is
 * acknowledged.
 */
export const reportFailedCommits = <A extends Adapter>(adapter: DatabaseAdapterObj<A>): DatabaseAdapterObj<A> => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const failures = new WeakMap<object, unknown>()
    const watched = new WeakSet<object>()

    const connect = db.connect?.bind(db)
    // connect() makes a new drizzle instance each time it runs (migrations, reconnects).
    db.connect = async (options) => {
      await connect?.(options)
      // Method syntax: both dialects' drizzle fit, whatever their transaction's config.
      const drizzle: { transaction(work: (tx: object) => Promise<unknown>, config?: unknown): Promise<unknown> } =
        db.drizzle
      if (watched.has(drizzle)) return
      watched.add(drizzle)
      const transaction = drizzle.transaction.bind(drizzle)
      drizzle.transaction = (work, config) => {
        let opened: object | undefined
        const ended = transaction(async (tx) => {
          opened = tx
          return await work(tx)
        }, config)
        ended.catch((error: unknown) => opened && failures.set(opened, error))
        return ended
      }
    }

    const commit = db.commitTransaction.bind(db)
    db.commitTransaction = async (id) => {
      const session = db.sessions[String(await id)]
      await commit(id)
      const failure = session && failures.get(session.db)
      if (failure) throw failure
    }
    return db
  },
})
