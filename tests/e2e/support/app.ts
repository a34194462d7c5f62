import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../support/freePort'

const root = path.resolve(import.meta.dirname, '../../..')

export type RunningApp = { port: number; origin: string; stop: () => Promise<void> }

/**
 * The production build as `npm start` serves it (scripts/serve.mjs), on a new SQLite file that the
 * server migrates and seeds itself, listening on every loopback address so that Chromium's
 * `wayout.localhost` and `practices.localhost` reach it.
 */
export const startApp = async (): Promise<RunningApp> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-e2e-'))
  const port = await freePort()
  let output = ''
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'scripts/serve.mjs'), '--port', String(port), '--hostname', '::'],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
        UPLOADS_DIR: path.join(dir, 'uploads'),
        PAYLOAD_SECRET: 'e2e-secret-not-for-production',
      },
    },
  )
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk))
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk))
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the app exited (${server.exitCode}):\n${output}`)
    if (Date.now() > deadline) throw new Error(`the app did not start within 120 s:\n${output}`)
    const ready = await fetch(`${origin}/api/sites?limit=1`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    port,
    origin,
    stop: async () => {
      server.kill('SIGTERM')
      await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
