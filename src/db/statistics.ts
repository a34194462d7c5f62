import type { Payload } from 'payload'

import { isSqlite } from './adapterKinds'

const hourly = 60 * 60 * 1000

/** ANALYZE reads at most about this many rows per index: milliseconds at any size. */
const sampled = 'PRAGMA analysis_limit=1000'

/**
 * Keeps SQLite's query planner statistics current: `ANALYZE` at start, then hourly
 * `PRAGMA optimize`, which analyses again only the tables this connection has queried and that
 * changed enough. At start it must be `ANALYZE` itself: libsql is SQLite 3.45, whose
 * `PRAGMA optimize` knows no "every table" flag (0x10000 came in 3.46) and so analyses nothing
 * before the first queries, leaving every new process an hour without statistics. Without them
 * SQLite cannot tell that a site or a locale matches most rows: it sorts the whole news list
 * (1.1 ms at 1,000 items, hundreds at 100,000) instead of walking the publication-date index
 * (0.07 ms). PostgreSQL gathers its statistics itself (autovacuum).
 */
export const keepStatisticsFresh = async (payload: Payload) => {
  if (!isSqlite(payload.db)) return
  const { client } = payload.db
  // Statistics make reads faster, never possible: a failure (another instance holding the write
  // lock past the busy timeout) is reported, and the server starts all the same.
  const gather = (statement: string) =>
    client
      .executeMultiple(`${sampled}; ${statement};`)
      .catch((error: unknown) => payload.logger.warn({ error }, `${statement} failed`))
  await gather('ANALYZE')
  setInterval(() => void gather('PRAGMA optimize'), hourly).unref()
}
