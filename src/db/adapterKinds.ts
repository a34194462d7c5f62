import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapter } from 'payload'

/** Payload's SQLite adapter, which holds the libsql client and its drizzle instance. */
export const isSqlite = (db: DatabaseAdapter): db is DatabaseAdapter & SQLiteAdapter => db.name === 'sqlite'

/** Payload's PostgreSQL adapter, which holds the pg pool and its drizzle instance. */
export const isPostgres = (db: DatabaseAdapter): db is DatabaseAdapter & PostgresAdapter => db.name === 'postgres'

/** Either SQL adapter (Payload's drizzle ones, which keep migration snapshots). */
export const isSql = (db: DatabaseAdapter): db is DatabaseAdapter & (PostgresAdapter | SQLiteAdapter) =>
  'requireDrizzleKit' in db
