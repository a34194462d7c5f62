/**
 * Which errors mean "the database is unavailable" (answered 503 by src/db/outageResponse.ts): real
 * errors from the PostgreSQL driver, its pool and drizzle count; a connection refused by
 * anything else the request touched (a mail API, S3, Redis) does not, nor a busy SQLite file.
 */
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { sql } from 'drizzle-orm'
import { DrizzleQueryError } from 'drizzle-orm/errors'
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isDatabaseUnavailable } from '@/db/unavailable'

/** A port nothing listens on: bound by the system, then let go. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

let databasePort: number
let otherPort: number
let silent: net.Server
const previousUri = process.env.DATABASE_URI

beforeAll(async () => {
  databasePort = await closedPort()
  otherPort = await closedPort()
  process.env.DATABASE_URI = `postgres://postgres@127.0.0.1:${databasePort}/wayout`
  // Accepts connections and never answers: a database that hangs.
  silent = net.createServer(() => {}).listen(0, '127.0.0.1')
  await new Promise((resolve) => silent.once('listening', resolve))
})

afterAll(() => {
  silent?.close()
  if (previousUri === undefined) delete process.env.DATABASE_URI
  else process.env.DATABASE_URI = previousUri
})

const databaseUri = () => process.env.DATABASE_URI!

describe('a database outage', () => {
  it('is recognised in the error pg gives when the database refuses connections', async () => {
    const error = await rejection(new pg.Client({ connectionString: databaseUri() }).connect())
    expect(error).toMatchObject({ code: 'ECONNREFUSED' })
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it('is recognised when drizzle wraps it, and when Payload keeps only its text', async () => {
    const pool = new pg.Pool({ connectionString: databaseUri() })
    const error = await rejection(drizzle(pool).execute(sql`select 1`))
    await pool.end()
    expect(error).toBeInstanceOf(DrizzleQueryError)
    expect(isDatabaseUnavailable(error)).toBe(true)
    const text = new Error(`Error: cannot begin transaction: ${(error as Error & { cause: Error }).cause.message}`)
    expect(isDatabaseUnavailable(text)).toBe(true)
  })

  it('is recognised when the connection is reset while opening, even as Payload’s text without an address', async () => {
    // Accepts, reads the startup message, then resets: the server going away during the handshake.
    const resetting = net
      .createServer((socket) => socket.once('data', () => socket.resetAndDestroy()))
      .listen(0, '127.0.0.1')
    await new Promise((resolve) => resetting.once('listening', resolve))
    const { port } = resetting.address() as net.AddressInfo
    const error = await rejection(new pg.Client({ host: '127.0.0.1', port, user: 'postgres' }).connect())
    resetting.close()
    expect(error).toMatchObject({ code: 'ECONNRESET' })
    const text = new Error(`Error: cannot begin transaction: ${(error as Error).message}`)
    expect(text.message).not.toMatch(/:\d+/)
    expect(isDatabaseUnavailable(text)).toBe(true)
  })

  it('is recognised in Payload’s text for a BEGIN cut off by the server shutting down', () => {
    // As logged by an instance while PostgreSQL stopped under load (tests/cluster/faults.test.ts).
    expect(isDatabaseUnavailable(new Error('Error: cannot begin transaction: Failed query: begin\nparams: '))).toBe(
      true,
    )
    expect(isDatabaseUnavailable(new Error('Error: cannot begin transaction: Failed query: select 1'))).toBe(false)
  })

  it('is recognised when the pool cannot get a connection in time', async () => {
    const { port } = silent.address() as net.AddressInfo
    const pool = new pg.Pool({ host: '127.0.0.1', port, user: 'postgres', connectionTimeoutMillis: 200 })
    const error = await rejection(pool.query('select 1'))
    await pool.end().catch(() => {})
    expect(String(error)).toMatch(/timeout|terminated/i)
    expect(isDatabaseUnavailable(error)).toBe(true)
  })
})

describe('not a database outage', () => {
  it('is a connection refused by another service, as fetch reports it', async () => {
    const error = await rejection(fetch(`http://127.0.0.1:${otherPort}/emails`))
    expect(error).toMatchObject({ cause: { code: 'ECONNREFUSED' } })
    expect(isDatabaseUnavailable(error)).toBe(false)
  })

  it('is a connection refused by another service, as a raw socket reports it', async () => {
    const error = await rejection(
      new Promise((resolve, reject) => net.connect(otherPort, '127.0.0.1', () => resolve(null)).once('error', reject)),
    )
    expect(error).toMatchObject({ code: 'ECONNREFUSED' })
    expect(isDatabaseUnavailable(error)).toBe(false)
    expect(isDatabaseUnavailable(new Error(`cannot send: ${(error as Error).message}`))).toBe(false)
  })

  it('is a SQLite file busy with another writer', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'busy-'))
    const url = `file:${path.join(dir, 'busy.db')}`
    const [holder, writer] = [createClient({ url }), createClient({ url })]
    await holder.execute('create table t (n integer)')
    await holder.execute('begin immediate')
    const error = await rejection(writer.execute('insert into t values (1)'))
    holder.close()
    writer.close()
    fs.rmSync(dir, { recursive: true, force: true })
    expect(error).toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) })
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})
