import type { Payload } from 'payload'

const hourly = 60 * 60 * 1000

/**
 * Keeps SQLite's query planner statistics current: `ANALYZE` now, then hourly, each table
 * sampled (analysis_limit) so that it takes milliseconds at any size. Not `PRAGMA optimize`: the
 * SQLite in libsql (3.45) only analyses tables its own connection has queried since it opened. Without them SQLite cannot tell that a site or a
 * locale matches most rows, and at 100,000 news items it sorts the whole list (and scans every
 * translation row per item) instead of walking the publication-date index and the
 * (_locale, _parent_id) indexes: hundreds of milliseconds instead of a few. PostgreSQL gathers
 * its statistics itself (autovacuum).
 */
export const keepStatisticsFresh = async (payload: Payload) => {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
  // 0x10002: also analyse tables never analysed before, as advised right after opening.
  await client.execute('PRAGMA optimize=0x10002')
  setInterval(() => {
    client
      .execute('PRAGMA optimize')
      .catch((error: unknown) => payload.logger.warn({ error }, 'PRAGMA optimize failed'))
  }, hourly).unref()
}
