#!/usr/bin/env node
/**
 * After a schema change: writes the matching migration for each SQL dialect (migrations/sqlite,
 * migrations/postgres). Neither needs a database: the CLI diffs the config against the last
 * committed snapshot. `npm run migrate:create -- name` names the migration.
 */
import { spawnSync } from 'node:child_process'

const name = process.argv[2] ?? 'schema'
const dialects = {
  sqlite: 'file:./data/migrate-create.db',
  postgres: 'postgres://127.0.0.1:5432/unused',
}
for (const [dialect, uri] of Object.entries(dialects)) {
  console.log(`\n▸ ${dialect}`)
  const run = spawnSync(
    process.execPath,
    [
      'scripts/payload-cli.mjs',
      '--expect',
      'Migration created',
      '--expect',
      'No schema changes',
      'migrate:create',
      name,
      '--skip-empty',
    ],
    { stdio: 'inherit', env: { ...process.env, DATABASE_URI: uri } },
  )
  if (run.status !== 0) process.exit(run.status ?? 1)
}
