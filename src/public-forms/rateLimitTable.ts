import { integer as pgInteger, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core'
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * The table rate-limiter-flexible's Drizzle store counts in, for each SQL dialect. It is not a
 * Payload collection (no API, no admin, no hooks on a hot path) but joins Payload's schema
 * through `beforeSchemaInit`, so the committed migrations create it like every other table.
 * Keys are hashes, never raw IP or email addresses.
 */
export const rateLimitTableName = 'rate_limits'

export const sqliteRateLimits = sqliteTable(rateLimitTableName, {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: integer('expire', { mode: 'timestamp_ms' }),
})

export const postgresRateLimits = pgTable(rateLimitTableName, {
  key: varchar('key', { length: 255 }).primaryKey(),
  points: pgInteger('points').notNull().default(0),
  expire: timestamp('expire', { withTimezone: true, mode: 'date' }),
})
