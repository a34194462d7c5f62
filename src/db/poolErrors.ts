import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { DatabaseAdapterObj } from 'payload'

/**
 * When PostgreSQL restarts, the pool's idle connections fail and the pool emits 'error'; with no
 * listener Node ends the process. Heard here instead: the pool drops those connections and opens
 * new ones once the database is back, and requests meanwhile get 503 (./unavailable.ts).
 */
export const survivePostgresRestarts = (
  adapter: DatabaseAdapterObj<PostgresAdapter>,
): DatabaseAdapterObj<PostgresAdapter> => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    const connect = db.connect?.bind(db)
    // connect() runs again (migrations, reconnects) on the same pool: one listener per pool.
    const heard = new WeakSet<object>()
    db.connect = async (options) => {
      await connect?.(options)
      if (heard.has(db.pool)) return
      heard.add(db.pool)
      db.pool.on('error', (error) => db.payload.logger.warn(`database connection lost: ${error.message}`))
    }
    return db
  },
})
