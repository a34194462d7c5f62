import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from 'drizzle-orm'
import type { DatabaseAdapterObj } from 'payload'

/** Any constant both sides agree on: the advisory lock every job claim on this database takes. */
const claimLock = 0x7761796f // "wayo"

/**
 * Payload claims jobs (`payload.jobs.run`, node_modules/payload/dist/queues/operations/runJobs)
 * by reading the runnable ones, then setting `processing` on each by id, in one READ COMMITTED
 * transaction (updateJobs in @payloadcms/drizzle). Two processes claiming at once both read the
 * same rows and both run them. Here a claim first takes a transaction-scoped advisory lock, so
 * claims on one database happen one after another; each reads only after the previous claim
 * committed (READ COMMITTED takes a fresh snapshot per statement), so a job claimed once is never
 * read as runnable again. The lock is released at commit: claims are short, jobs run unlocked.
 */
export const claimJobsOnce = (adapter: DatabaseAdapterObj<PostgresAdapter>): DatabaseAdapterObj<PostgresAdapter> => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const updateJobs = db.updateJobs.bind(db)
    db.updateJobs = async (update) => {
      const isClaim = update.data.processing === true && update.id === undefined
      if (!isClaim) return updateJobs(update)
      const transaction = update.req?.transactionID ? db.sessions[String(await update.req.transactionID)] : undefined
      // Payload begins one for every claim (queues/utilities/updateJob.js); without it the lock would not hold.
      if (!transaction) throw new Error('A job claim must run in a transaction')
      await transaction.db.execute(sql`SELECT pg_advisory_xact_lock(${claimLock})`)
      return updateJobs(update)
    }
    return db
  },
})
