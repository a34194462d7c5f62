import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { freePort } from '../freePort'

const bin = (name: string) => `/usr/lib/postgresql/15/bin/${name}`

/** Runs a PostgreSQL program as the `postgres` user, which owns the cluster's files. */
const asPostgres = (program: string, args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', bin(program), ...args], { stdio: 'pipe' })

export type PostgresCluster = {
  /** `postgres://postgres@127.0.0.1:<port>/<name>`, for a database made with `createDatabase`. */
  uri: (name: string) => string
  createDatabase: (name: string) => Promise<string>
  stop: () => void
  start: () => void
  /** Stops it for good and removes its files. */
  remove: () => void
}

/**
 * A PostgreSQL cluster of its own (Debian's PostgreSQL 15 binaries, a temporary data directory, a
 * free port, trust authentication on 127.0.0.1), so a test can stop and start it without touching
 * the machine's server on 5432 or anyone else's databases.
 */
export const startPostgresCluster = async (): Promise<PostgresCluster> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-pg-'))
  const data = path.join(dir, 'data')
  fs.mkdirSync(data)
  fs.chownSync(dir, ...owner())
  fs.chownSync(data, ...owner())
  const port = await freePort('127.0.0.1')
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`
  const start = () =>
    asPostgres('pg_ctl', ['start', '-w', '-D', data, '-l', path.join(dir, 'server.log'), '-o', options])
  const stop = () => asPostgres('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', data])
  start()
  const uri = (name: string) => `postgres://postgres@127.0.0.1:${port}/${name}`
  return {
    uri,
    createDatabase: async (name) => {
      const client = new pg.Client({ connectionString: uri('postgres') })
      await client.connect()
      await client.query(`CREATE DATABASE "${name}"`)
      await client.end()
      return uri(name)
    },
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

const owner = (): [number, number] => [
  Number(execFileSync('id', ['-u', 'postgres'])),
  Number(execFileSync('id', ['-g', 'postgres'])),
]
