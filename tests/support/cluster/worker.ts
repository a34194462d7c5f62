import { spawn } from 'node:child_process'
import path from 'node:path'

import type { TestDatabase } from '../database'

import { ended } from './exited'

const root = path.resolve(import.meta.dirname, '../../..')

export type Worker = { output: () => string; stop: () => Promise<void> }

/**
 * The job worker (`npm run worker`'s build, .next/worker.mjs) on `database`, as
 * wayout-worker.service runs it; `stop` sends SIGTERM.
 */
export const startWorker = async (database: TestDatabase, env: Record<string, string>): Promise<Worker> => {
  let output = ''
  const worker = spawn(process.execPath, [path.join(root, '.next/worker.mjs')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URI: database.uri, ...env } as NodeJS.ProcessEnv,
  })
  worker.stdout.on('data', (chunk: Buffer) => (output += chunk))
  worker.stderr.on('data', (chunk: Buffer) => (output += chunk))
  return {
    output: () => output,
    stop: async () => {
      await ended(worker, 'SIGTERM')
    },
  }
}
