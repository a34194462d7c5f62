/**
 * The SQL schema comes only from committed migrations: a config change without its migration
 * (`npm run migrate:create -- <name>`) fails here, for both SQL dialects.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { testDatabaseKind } from './support/database'

const root = path.resolve(import.meta.dirname, '..')
const dialects = { sqlite: 'file:./data/never-opened.db', postgres: 'postgres://127.0.0.1:5432/never_opened' } as const

// The check opens no database, so it runs once, in the SQLite project.
describe.runIf(testDatabaseKind === 'sqlite')('committed migrations', () => {
  for (const [dialect, uri] of Object.entries(dialects)) {
    it(`match the config's ${dialect} schema`, () => {
      const check = spawnSync('node', ['scripts/lib/tsx.mjs', 'scripts/check-migrations.ts'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URI: uri, PAYLOAD_SECRET: 'test-secret' },
      })
      expect(check.stdout).toContain(`${dialect}: the committed migrations match the config`)
      expect(check.status).toBe(0)
    })

    it(`are all listed, in order, in migrations/${dialect}/index.ts`, async () => {
      const dir = path.join(root, 'migrations', dialect)
      const files = fs
        .readdirSync(dir)
        .filter((file) => /^\d{8}_\d{6}.*\.ts$/.test(file))
        .map((file) => file.replace(/\.ts$/, ''))
        .sort()
      const { migrations } = await import(`../migrations/${dialect}/index.ts`)
      expect(files.length).toBeGreaterThan(0)
      expect(migrations.map((migration: { name: string }) => migration.name)).toEqual(files)
    })
  }
})
