import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { createClient } from '@libsql/client'
import pg from 'pg'

const run = promisify(execFile)

export const sqliteFile = (uri: string) => path.resolve(uri.replace(/^file:(\/\/)?/, ''))

/**
 * A consistent copy of a live SQLite database: VACUUM INTO reads one snapshot (a read transaction,
 * so the running server keeps writing in WAL mode) and writes a compact file.
 */
export const dumpSqlite = async (uri: string, target: string) => {
  const client = createClient({ url: uri })
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    client.close()
  }
}

/** Puts a backed-up SQLite file in place; refuses to replace a database that has tables. */
export const restoreSqlite = async (source: string, uri: string) => {
  const target = sqliteFile(uri)
  if (fs.existsSync(target) && fs.statSync(target).size > 0) {
    const client = createClient({ url: uri })
    const { rows } = await client.execute("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'")
    client.close()
    if (Number(rows[0].n) > 0) throw new Error(`${target} already holds a database: restore into an empty one`)
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true })
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.copyFileSync(source, target)
}

const withClient = async <T>(uri: string, query: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await query(client)
  } finally {
    await client.end()
  }
}

/** Debian's client tools for the server's major version (pg_dump refuses a newer server than itself). */
const postgresTool = async (uri: string, tool: 'pg_dump' | 'pg_restore') => {
  const version = await withClient(uri, async (client) => (await client.query('SHOW server_version')).rows[0])
  const serverVersion = String(version.server_version)
  const versioned = `/usr/lib/postgresql/${serverVersion.split('.')[0]}/bin/${tool}`
  return { serverVersion, command: fs.existsSync(versioned) ? versioned : tool }
}

/** pg_dump's custom format: one consistent snapshot, taken while the server runs. */
export const dumpPostgres = async (uri: string, target: string) => {
  const { serverVersion, command } = await postgresTool(uri, 'pg_dump')
  await run(command, ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`, `--dbname=${uri}`])
  return serverVersion
}

/** pg_restore in one transaction into an empty database (refused otherwise). */
export const restorePostgres = async (source: string, uri: string) => {
  const tables = await withClient(uri, async (client) => {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")
    return rows[0].n as number
  })
  if (tables > 0) throw new Error('the target PostgreSQL database already has tables: restore into an empty one')
  const { command } = await postgresTool(uri, 'pg_restore')
  await run(command, [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    `--dbname=${uri}`,
    source,
  ])
}
