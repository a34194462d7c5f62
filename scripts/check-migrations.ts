/**
 * `npm run migrate:check`: fails when the config's SQL schema differs from the last committed
 * migration snapshot, i.e. a schema change was made without `npm run migrate:create`.
 * Needs no database. The dialect comes from DATABASE_URI (file: or postgres://).
 */
import fs from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { databaseKind, migrationsDir } from '@/db/adapter'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }> | { version: string }
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}
type SqlAdapter = { schema: unknown; requireDrizzleKit: () => DrizzleKit; defaultDrizzleSnapshot: { version: string } }

const kind = databaseKind(process.env.DATABASE_URI ?? 'file:')
if (kind === 'mongodb') throw new Error('MongoDB has no schema migrations to check')

const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
const db = payload.db as unknown as SqlAdapter
const kit = db.requireDrizzleKit()
const dir = migrationsDir(kind)
const latest = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .at(-1)
let before = latest ? JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8')) : db.defaultDrizzleSnapshot
const after = await kit.generateDrizzleJson(db.schema)
if (kit.upSnapshot && before.version < after.version) before = kit.upSnapshot(before)
const statements = await kit.generateMigration(before, after)

if (statements.length) {
  console.error(`${kind}: the config changed without a migration (${statements.length} statements pending):`)
  console.error(statements.map((statement) => `  ${statement.split('\n')[0]}`).join('\n'))
  console.error('Run: npm run migrate:create -- <name>')
  process.exit(1)
}
console.log(`${kind}: the committed migrations match the config (${latest})`)
process.exit(0)
