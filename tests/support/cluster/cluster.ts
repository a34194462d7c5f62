import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestDatabase } from '../database'
import { freePort } from '../freePort'
import { serveApp, type AppProcess } from '../server'
import { startWorker, type WorkerProcess } from '../worker'

import { startNginx, type Nginx } from './nginx'

export type Cluster = {
  /** The public origin: nginx in front of every instance. */
  url: string
  instances: AppProcess[]
  /** What each instance printed since it started (its log). */
  logs: string[]
  stop: () => Promise<void>
}

/**
 * A site as DEPLOY.md runs it: `instances` app processes on one database behind Debian's nginx
 * (the shipped configuration), with `workers` job workers; `env` (Redis, S3, mail…) goes to all.
 * Every instance gets an uploads folder of its own, so nothing passes between them on local disk.
 * The first instance migrates and seeds the database before the others start.
 */
export const startCluster = async (
  database: TestDatabase,
  { env, instances = 2, workers = 0 }: { env: Record<string, string>; instances?: number; workers?: number },
): Promise<Cluster> => {
  const nginxPort = await freePort('127.0.0.1')
  const url = `http://127.0.0.1:${nginxPort}`
  // As deploy/systemd sets them: behind our proxy, and jobs left to the workers.
  const shared = { TRUST_PROXY: 'true', SERVER_URL: url, PAYLOAD_SECRET: 'cluster-test-secret', JOBS: 'worker', ...env }
  const folders: string[] = []
  const instance = () => {
    const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-instance-uploads-'))
    folders.push(uploads)
    return serveApp(database, { uploads, env: shared })
  }
  const apps: AppProcess[] = []
  const jobWorkers: WorkerProcess[] = []
  const logs: string[] = []
  const started = async <T>(made: Promise<T>, into: T[]) => {
    const value = await made
    into.push(value)
    return value
  }
  let nginx: Nginx
  try {
    await started(instance(), apps)
    await Promise.all(Array.from({ length: instances - 1 }, () => started(instance(), apps)))
    apps.forEach((app, n) => {
      logs[n] = ''
      for (const stream of [app.server.stdout, app.server.stderr])
        stream?.on('data', (chunk: Buffer) => (logs[n] += chunk))
    })
    await Promise.all(Array.from({ length: workers }, () => started(startWorker(database.uri, shared), jobWorkers)))
    nginx = await startNginx(
      apps.map((app) => `127.0.0.1:${app.port}`),
      nginxPort,
    )
  } catch (error) {
    // Nothing a failed start began is left running.
    await Promise.all([...apps.map((app) => app.stop()), ...jobWorkers.map((worker) => worker.stop())])
    folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true }))
    throw error
  }
  return {
    url,
    instances: apps,
    logs,
    stop: async () => {
      await nginx.stop()
      await Promise.all([...apps.map((app) => app.stop()), ...jobWorkers.map((worker) => worker.stop())])
      folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true }))
    },
  }
}
