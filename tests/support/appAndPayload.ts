import type { Payload } from 'payload'

import { freshDatabase, type TestDatabase } from './database'
import { closePayload, openPayload, testEnvironment } from './payload'
import { serveApp } from './server'

export type AppAndPayload = { url: string; database: TestDatabase; payload: Payload; stop: () => Promise<void> }

/**
 * The built app on a fresh database, with this process's own Payload kept open on the same
 * database (for fixtures and for reading back what the app stored). `populate` replaces the seed.
 * One Payload per test process: getPayload keeps the first, so it is opened once and kept.
 */
export const startAppAndPayload = async (
  label: string,
  populate: (payload: Payload) => Promise<void>,
): Promise<AppAndPayload> => {
  const database = await freshDatabase(label)
  const { uploads, removeUploads } = testEnvironment()
  const payload = await openPayload(database.uri)
  await populate(payload)
  const app = await serveApp(database, { uploads })
  return {
    url: app.url,
    database,
    payload,
    stop: async () => {
      await app.stop()
      await closePayload(payload)
      await database.drop()
      removeUploads()
    },
  }
}
