import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { freshDatabase, type TestDatabase } from './database'
import { freePort } from './freePort'
import { closePayload, openPayload, testEnvironment } from './payload'

const root = path.resolve(import.meta.dirname, '../..')

/** One running app process; `stop` ends it and leaves its database alone. */
export type AppProcess = { url: string; port: number; server: ChildProcess; stop: () => Promise<void> }

export type TestServer = AppProcess & { database: TestDatabase }

type Checks = { checks?: Record<string, { ok: boolean } | undefined> }

/**
 * Started means: its database is migrated and seeded and it knows the sites (so it caches pages). Readiness as a
 * whole may stay false on purpose (a test's Redis or storage that is down).
 */
const started = async (url: string) => {
  const { checks } = (await (await fetch(url)).json()) as Checks
  return Boolean(checks?.database?.ok && checks.sites?.ok)
}

const waitFor = async (url: string, server: ChildProcess, log: () => string) => {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode}):\n${log()}`)
    try {
      if (await started(url)) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the server did not answer ${url} within 120 s:\n${log()}`)
}

type AppOptions = { uploads: string; env?: Record<string, string>; hostname?: string }

/** A started process, before it is ready: `output` is what it printed so far. */
export type SpawnedApp = AppProcess & { output: () => string }

/**
 * The built app exactly as `npm start` runs it (`scripts/serve.mjs`, which migrates and seeds on
 * start), on `database` and a free port, not yet waited for (`serveApp` waits). `env` adds to the
 * process's. `hostname` as for `listen`: the browser specs use `::` so that `*.localhost` names reach it.
 */
export const spawnApp = async (
  database: TestDatabase,
  { uploads, env = {}, hostname = '127.0.0.1' }: AppOptions,
): Promise<SpawnedApp> => {
  const port = await freePort(hostname === '::' ? undefined : hostname)
  const url = `http://127.0.0.1:${port}`
  let output = ''
  const server = spawn(
    process.execPath,
    [path.join(root, 'scripts/serve.mjs'), '--port', String(port), '--hostname', hostname],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URI: database.uri,
        UPLOADS_DIR: uploads,
        SERVER_URL: url,
        ...env,
      } as NodeJS.ProcessEnv,
    },
  )
  // Kept for CI (.ci/run) to show the servers' errors when a spec fails: a spec sees only answers.
  const logDir = process.env.TEST_SERVER_LOG_DIR
  const logFile = logDir && path.join(logDir, `${path.basename(database.uri).replace(/\W+/g, '_')}-${port}.log`)
  const keep = (chunk: Buffer) => {
    output += chunk
    if (logFile) fs.appendFileSync(logFile, chunk)
  }
  server.stdout.on('data', keep)
  server.stderr.on('data', keep)
  return {
    url,
    port,
    server,
    output: () => output,
    stop: async () => {
      server.kill('SIGTERM')
      // A process ended by a signal keeps exitCode null and sets signalCode instead.
      await new Promise((resolve) =>
        server.exitCode !== null || server.signalCode !== null ? resolve(null) : server.once('exit', resolve),
      )
    },
  }
}

/**
 * `spawnApp`, waited for until started. Several may run on one database, one after another or
 * side by side, as restarts and extra instances do in production.
 */
export const serveApp = async (database: TestDatabase, options: AppOptions): Promise<AppProcess> => {
  const { output, ...app } = await spawnApp(database, options)
  await waitFor(`${app.url}/readyz`, app.server, output)
  return app
}

/**
 * The built app on a fresh database of this project's kind; `populate` replaces the seed.
 * `stop` ends the server and drops the database.
 */
export const startServer = async (
  label: string,
  populate?: (payload: Payload) => Promise<void>,
): Promise<TestServer> => {
  const database = await freshDatabase(label)
  const { uploads, removeUploads } = testEnvironment()
  if (populate) {
    // Test fixtures instead of the seed: written first, so the server finds content and seeds nothing.
    const payload = await openPayload(database.uri)
    await populate(payload)
    await closePayload(payload)
  }
  const app = await serveApp(database, { uploads })
  return {
    ...app,
    database,
    stop: async () => {
      await app.stop()
      await database.drop()
      removeUploads()
    },
  }
}
