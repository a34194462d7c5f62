/** The benchmarks' PostgreSQL: the machine's server (BENCH_POSTGRES_URL), databases made and dropped by name. */
import pg from 'pg'

export const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** One statement on a connection of its own (CREATE and DROP DATABASE cannot share one), to `database`. */
export const sql = async (statement, database = adminUrl) => {
  const client = new pg.Client({ connectionString: database })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/** The address of the database `name` on the same server. */
export const databaseUri = (name) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString()

/**
 * Planner statistics for a database just filled: what autovacuum would gather soon after such a
 * load (this machine's PostgreSQL runs with autovacuum off; without statistics PostgreSQL plans
 * the news queries for empty tables, and a render measured 2 times slower).
 */
export const analyse = (database) => sql('ANALYZE', database)
