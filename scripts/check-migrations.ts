/**
 * `npm run migrate:check`: fails when the config's SQL schema differs from the last committed
 * migration snapshot, i.e. a schema change was made without `npm run migrate:create`.
 * Needs no database. The dialect comes from DATABASE_URI (file: or postgres://).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { databaseKind, migrationsDir } from '@/db/adapter'
import { pendingMigrationStatements } from '@/db/migrationDrift'

const kind = databaseKind(process.env.DATABASE_URI ?? 'file:')
if (kind === 'mongodb') throw new Error('MongoDB has no schema migrations to check')

const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
const { latest, statements } = await pendingMigrationStatements(payload, migrationsDir(kind))
if (statements.length) {
  console.error(`${kind}: the config changed without a migration (${statements.length} statements pending):`)
  console.error(statements.map((statement) => `  ${statement.split('\n')[0]}`).join('\n'))
  console.error('Run: npm run migrate:create -- <name>')
  process.exit(1)
}
console.log(`${kind}: the committed migrations match the config (${latest})`)
process.exit(0)
