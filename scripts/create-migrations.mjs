#!/usr/bin/env node
/**
 * After a schema change: writes the matching migration for each SQL dialect (migrations/sqlite,
 * migrations/postgres). Neither needs a database: each is diffed against its last committed
 * snapshot. `npm run migrate:create -- name` names the migration.
 */
import fs from 'node:fs'

import { runTsx } from './lib/tsx.mjs'

const name = process.argv[2] ?? 'schema'
const dialects = {
  sqlite: 'file:./data/migrate-create.db',
  postgres: 'postgres://127.0.0.1:5432/unused',
}
for (const [dialect, uri] of Object.entries(dialects)) {
  console.log(`\n▸ ${dialect}`)
  const dir = `migrations/${dialect}`
  const before = new Set(fs.readdirSync(dir))
  const status = await runTsx('scripts/create-migration.ts', [name], { env: { ...process.env, DATABASE_URI: uri } })
  if (status !== 0) process.exit(status)
  const written = fs.readdirSync(dir).filter((file) => !before.has(file))
  console.log(written.length ? `  wrote ${written.map((file) => `${dir}/${file}`).join(', ')}` : '  no schema changes')
}
