import fs from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../../migrations/postgres'
import { migrations as sqliteMigrations } from '../../migrations/sqlite'
import { postgresRateLimits, rateLimitTableName, sqliteRateLimits } from '../public-forms/rateLimitTable'
import { announceCommits } from '../plugins/site-cache/announceCommits'
import { claimJobsOnce } from './claimJobsOnce'
import { survivePostgresRestarts } from './poolErrors'
import { serializeTransactions } from './serializeTransactions'
import { reportFailedCommits } from './reportFailedCommits'
import { spareConnections } from './spareConnections'
import { postgresStatements, sqliteStatements } from './statements'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** The embedded default: a file under data/, made on first start. */
export const defaultDatabaseUri = `file:${path.join(process.cwd(), 'data', 'wayout.db')}`

export const databaseKind = (uri: string): DatabaseKind => {
  if (uri.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(uri)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(uri)) return 'mongodb'
  throw new Error(
    `DATABASE_URI "${uri.replace(/\/\/[^@]*@/, '//…@')}" is not understood: use file:…, postgres://… or mongodb://…`,
  )
}

/**
 * PostgreSQL connections per process: DATABASE_POOL_SIZE, else pg's default of 10. Transactions may
 * hold all but three of them (./spareConnections.ts), at least one.
 */
const postgresPool = () => {
  const size = Number(process.env.DATABASE_POOL_SIZE || 10)
  if (!Number.isInteger(size) || size < 2)
    throw new Error(`DATABASE_POOL_SIZE must be a whole number of at least 2, not "${process.env.DATABASE_POOL_SIZE}"`)
  return { size, spare: Math.min(3, size - 1) }
}

export const migrationsDir = (kind: 'sqlite' | 'postgres') => path.resolve(process.cwd(), 'migrations', kind)

/**
 * One adapter per DATABASE_URI scheme. SQL schemas come only from the committed migrations
 * (applied on start in production); schema push is for a throw-away development database and
 * is on only when PAYLOAD_DEV_PUSH=true, so a migrated database never meets a pushed one.
 */
export const databaseAdapter = (uri: string = process.env.DATABASE_URI || defaultDatabaseUri): DatabaseAdapterObj =>
  announceCommits(kindAdapter(uri))

const kindAdapter = (uri: string): DatabaseAdapterObj => {
  const push = process.env.PAYLOAD_DEV_PUSH === 'true'
  switch (databaseKind(uri)) {
    case 'sqlite':
      fs.mkdirSync(path.dirname(path.resolve(uri.replace(/^file:(\/\/)?/, ''))), { recursive: true })
      return serializeTransactions(
        sqliteStatements(
          reportFailedCommits(
            sqliteAdapter({
              client: { url: uri },
              wal: true,
              busyTimeout: 5000,
              // SQLite transactions are off unless options are given.
              transactionOptions: {},
              push,
              migrationDir: migrationsDir('sqlite'),
              prodMigrations: sqliteMigrations,
              beforeSchemaInit: [
                ({ schema }) => ({ ...schema, tables: { ...schema.tables, [rateLimitTableName]: sqliteRateLimits } }),
              ],
            }),
          ),
        ),
      )
    case 'postgres': {
      const pool = postgresPool()
      return claimJobsOnce(
        postgresStatements(
          survivePostgresRestarts(
            spareConnections(
              reportFailedCommits(
                postgresAdapter({
                  pool: {
                    connectionString: uri,
                    max: pool.size,
                    // A request waits at most this long for a connection while the database is down (then 503).
                    connectionTimeoutMillis: 5000,
                  },
                  push,
                  migrationDir: migrationsDir('postgres'),
                  prodMigrations: postgresMigrations,
                  beforeSchemaInit: [
                    ({ schema }) => ({
                      ...schema,
                      tables: { ...schema.tables, [rateLimitTableName]: postgresRateLimits },
                    }),
                  ],
                }),
              ),
              pool,
            ),
          ),
        ),
      )
    }
    case 'mongodb':
      return mongooseAdapter({ url: uri })
  }
}
