import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { serveApp } from '../../support/server'

export type RunningApp = { port: number; origin: string; stop: () => Promise<void> }

/**
 * The production build on a new SQLite file that the server migrates and seeds itself (the same
 * launcher as the HTTP suites), listening on every loopback address so that Chromium's
 * `wayout.localhost` and `practices.localhost` reach it. No SERVER_URL: the seeded sites' names
 * on this port are the origins, as on a developer's machine after `npm start`.
 */
export const startApp = async (): Promise<RunningApp> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-e2e-'))
  const database = { kind: 'sqlite' as const, uri: `file:${path.join(dir, 'e2e.db')}`, drop: async () => {} }
  const app = await serveApp(database, {
    uploads: path.join(dir, 'uploads'),
    hostname: '::',
    env: { SERVER_URL: '', PAYLOAD_SECRET: 'e2e-secret-not-for-production' },
  })
  return {
    port: app.port,
    origin: app.url,
    stop: async () => {
      await app.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
