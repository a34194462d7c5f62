import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapter, Payload } from 'payload'

const hourly = 60 * 60 * 1000

/** The adapter named sqlite is Payload's SQLite adapter, which holds the libsql client. */
const isSqlite = (db: DatabaseAdapter): db is DatabaseAdapter & SQLiteAdapter => db.name === 'sqlite'

/**
 * Keeps SQLite's query planner statistics current with `PRAGMA optimize`, which runs `ANALYZE`
 * only where it is due and samples each table, so it takes milliseconds at any size: at start on
 * every table (0x10002, as SQLite advises right after opening), then hourly on the tables this
 * connection has queried since. Without statistics SQLite cannot tell that a site or a locale
 * matches most rows, and at 100,000 news items it sorts the whole list (and scans every
 * translation row per item) instead of walking the publication-date index and the
 * (_locale, _parent_id) indexes: hundreds of milliseconds instead of a few. PostgreSQL gathers
 * its statistics itself (autovacuum).
 */
export const keepStatisticsFresh = async (payload: Payload) => {
  if (!isSqlite(payload.db)) return
  const { client } = payload.db
  await client.execute('PRAGMA optimize=0x10002')
  setInterval(() => {
    client
      .execute('PRAGMA optimize')
      .catch((error: unknown) => payload.logger.warn({ error }, 'PRAGMA optimize failed'))
  }, hourly).unref()
}
