import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { SQL } from 'drizzle-orm'
import type { DatabaseAdapterObj, Payload } from 'payload'

/** Runs one SQL statement outside any transaction; resolves to the number of rows it changed. */
type Run = (statement: SQL) => Promise<number>

const runners = new WeakMap<Payload, Run>()

const register = <Adapter extends PostgresAdapter | SQLiteAdapter>(
  adapter: DatabaseAdapterObj<Adapter>,
  run: (db: Adapter, statement: SQL) => Promise<number>,
): DatabaseAdapterObj<Adapter> => ({
  ...adapter,
  init: (args) => {
    const db = adapter.init(args)
    runners.set(args.payload, (statement) => run(db, statement))
    return db
  },
})

export const postgresStatements = (adapter: DatabaseAdapterObj<PostgresAdapter>) =>
  register(adapter, async (db, statement) => (await db.drizzle.execute(statement)).rowCount ?? 0)

export const sqliteStatements = (adapter: DatabaseAdapterObj<SQLiteAdapter>) =>
  register(adapter, async (db, statement) => (await db.drizzle.run(statement)).rowsAffected)

/**
 * For the few writes Payload's API cannot make atomic (a compare-and-set on one row): the same
 * SQL on PostgreSQL and SQLite, whose answer says whether the condition held.
 */
export const changedRows = (payload: Payload, statement: SQL): Promise<number> => {
  const run = runners.get(payload)
  if (!run) throw new Error(`no SQL statements on the ${payload.db.name} database adapter`)
  return run(statement)
}
