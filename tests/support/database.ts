import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export type TestDatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

/** Which database this vitest project runs against (see vitest.config.ts). */
export const testDatabaseKind = (process.env.TEST_DATABASE ?? 'sqlite') as TestDatabaseKind

export type TestDatabase = { kind: TestDatabaseKind; uri: string; drop: () => Promise<void> }

const withDatabaseName = (base: string, name: string) => {
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

/** A new, empty database of the current kind, for one test file; `drop` removes it. */
export const freshDatabase = async (label: string): Promise<TestDatabase> => {
  const name = `wayout_${label.replace(/\W/g, '_')}_${crypto.randomBytes(4).toString('hex')}`
  switch (testDatabaseKind) {
    case 'sqlite': {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-'))
      return {
        kind: 'sqlite',
        uri: `file:${path.join(dir, `${name}.db`)}`,
        drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
      }
    }
    case 'postgres': {
      const admin = process.env.TEST_POSTGRES_URL!
      const client = new pg.Client({ connectionString: admin })
      await client.connect()
      await client.query(`CREATE DATABASE "${name}"`)
      await client.end()
      return {
        kind: 'postgres',
        uri: withDatabaseName(admin, name),
        drop: async () => {
          const dropper = new pg.Client({ connectionString: admin })
          await dropper.connect()
          await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
          await dropper.end()
        },
      }
    }
    case 'mongodb':
      // The Mongo database is made on first write and left for the server's owner to clear.
      return { kind: 'mongodb', uri: withDatabaseName(process.env.MONGODB_URI!, name), drop: async () => {} }
  }
}
