import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { testDatabaseKind } from './database'
import { freePort } from './freePort'

const bin = (name: string) => path.join('/usr/lib/postgresql/15/bin', name)
/** PostgreSQL refuses to run as root: its tools run as the `postgres` user. */
const asPostgres = (command: string, args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', bin(command), ...args], { stdio: 'pipe' })

export type PostgresCluster = {
  /** `postgres://…/<name>` on this cluster. */
  url: (database?: string) => string
  /** Stops the server (fast shutdown: connections are cut, as in a crash of the database host). */
  stop: () => void
  start: () => void
  remove: () => void
}

/**
 * A PostgreSQL cluster of its own, in a temporary folder on a free port, for tests that stop and
 * restart the database; the machine's own server on 5432 is never touched.
 */
export const startPostgresCluster = async (): Promise<PostgresCluster> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-pg-'))
  fs.chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), 0)
  const data = path.join(dir, 'data')
  const port = await freePort('127.0.0.1')
  asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`
  const start = () => asPostgres('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', 'start'])
  const stop = () => asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
  start()
  return {
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop,
    start,
    remove: () => {
      try {
        stop()
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Suites that bring their own cluster run once per test run whatever the projects: in the SQLite
 * project, the one that always runs (vitest.config.ts).
 */
export const runsOncePerRun = testDatabaseKind === 'sqlite'
