import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'
import { describe, expect, it } from 'vitest'

import { pendingMigrationStatements } from '@/db/migrationDrift'

/**
 * The SQL schema comes only from committed migrations: a config change without its migration
 * (`npm run migrate:create -- <name>`) fails here. One dialect per test file, because the config
 * reads DATABASE_URI once per file; vitest.config.ts runs these files in the SQLite project only.
 */
export const describeCommittedMigrations = (dialect: 'sqlite' | 'postgres', databaseUri: string) =>
  describe(`committed ${dialect} migrations`, () => {
    const dir = path.resolve(import.meta.dirname, '../../migrations', dialect)

    it("match the config's schema", async () => {
      process.env.DATABASE_URI = databaseUri
      const { default: config } = await import('@payload-config')
      const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
      const { statements } = await pendingMigrationStatements(payload, dir)
      expect(statements, 'the config changed without a migration: run npm run migrate:create -- <name>').toEqual([])
    })

    it(`are all listed, in order, in migrations/${dialect}/index.ts`, async () => {
      const files = fs
        .readdirSync(dir)
        .filter((file) => /^\d{8}_\d{6}.*\.ts$/.test(file))
        .map((file) => file.replace(/\.ts$/, ''))
        .sort()
      const { migrations } = await import(`../../migrations/${dialect}/index.ts`)
      expect(files.length).toBeGreaterThan(0)
      expect(migrations.map((migration: { name: string }) => migration.name)).toEqual(files)
    })
  })
