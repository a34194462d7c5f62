import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Migration, type Payload } from 'payload'

import { freshDatabase, type TestDatabase } from './database'

export type TestPayload = { payload: Payload; database: TestDatabase; stop: () => Promise<void> }

/**
 * A real Payload on `databaseUri`, its schema made by the committed migrations (as production
 * does), never by dev push. The config reads DATABASE_URI once, so one database per test file.
 */
export const openPayload = async (databaseUri: string): Promise<Payload> => {
  process.env.DATABASE_URI = databaseUri
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  // The SQL adapters carry the committed migrations as prodMigrations (src/db/adapter.ts).
  const { prodMigrations } = payload.db as unknown as { prodMigrations?: Migration[] }
  if (prodMigrations) await payload.db.migrate({ migrations: prodMigrations })
  return payload
}

/**
 * Closes Payload before its database is dropped. Its destroy() leaves the Postgres pool's idle
 * connections open; the drop terminates them, which they report as errors that are expected here.
 */
export const closePayload = async (payload: Payload) => {
  const { pool } = payload.db as { pool?: { on: (event: 'error', listener: () => void) => void } }
  pool?.on('error', () => {})
  await payload.destroy()
}

/** Settings every test process shares: a fixed secret, no job runner, uploads in a temp folder. */
export const testEnvironment = () => {
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-uploads-'))
  Object.assign(process.env, { UPLOADS_DIR: uploads, PAYLOAD_SECRET: 'test-secret', PAYLOAD_JOBS_AUTORUN: 'false' })
  return { uploads, removeUploads: () => fs.rmSync(uploads, { recursive: true, force: true }) }
}

/** A Payload of its own for one test file, on a fresh database of the project's kind. */
export const startPayload = async (label: string): Promise<TestPayload> => {
  const database = await freshDatabase(label)
  const { removeUploads } = testEnvironment()
  const payload = await openPayload(database.uri)
  return {
    payload,
    database,
    stop: async () => {
      await closePayload(payload)
      await database.drop()
      removeUploads()
    },
  }
}
