#!/usr/bin/env node
/**
 * `node bench/pages/compare.mjs <other checkout>`: this checkout's uncached renders beside another
 * checkout's (built, with its node_modules), both on copies of the same SQLite database seeded with
 * 1,000 news and 200 events, measured in turns so that what else runs on the machine weighs on
 * both alike. Per page: wall-clock p50 one request at a time, and the server's CPU time per render
 * (/proc, user + system), which the machine's load distorts far less than wall-clock time; then
 * renders/s at 32 connections, in alternating slices. BENCH_ROUNDS (6) turns of 8 requests per page;
 * BENCH_DATABASE=postgres: on two copies of one seeded PostgreSQL database (BENCH_POSTGRES_URL).
 * BENCH_OTHER_NODE=<path of a node binary>: the other checkout runs on that Node.js (it may be this
 * checkout, to compare Node.js versions on the same code).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startApp } from '../lib/app.mjs'
import { measure } from '../lib/measure.mjs'
import { analyse, databaseUri, sql } from '../lib/postgres.mjs'
import { get } from '../lib/request.mjs'
import { measuredPages, seedVolume } from '../lib/volume.mjs'

const here = path.resolve(import.meta.dirname, '../..')
const other = path.resolve(process.argv[2] ?? '')
if (!fs.existsSync(path.join(other, '.next', 'front-server.mjs'))) throw new Error(`${other} has no build`)
const rounds = Number(process.env.BENCH_ROUNDS ?? 6)
const perTurn = 8
const kind = process.env.BENCH_DATABASE ?? 'sqlite'
const env = { PAYLOAD_JOBS_AUTORUN: 'false' }

// Seeded once by this checkout's server, then copied for each once it has closed the database.
const copies = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-compare-db-'))
const source = path.join(copies, 'seeded.db')
const names = ['a', 'b'].map((side) => `wayout_compare_${process.pid}_${side}`)
if (kind === 'postgres') await sql(`CREATE DATABASE "${names[0]}"`)
const seedUri = kind === 'postgres' ? databaseUri(names[0]) : `file:${source}`
const seeder = await startApp({ ...env, DATABASE_URI: seedUri }, { uncached: true })
const seeded = await seedVolume(seeder.origin)
const measured = await measuredPages(seeder.origin, seeded.practiceId)
await seeder.stop()
if (kind === 'postgres') await analyse(seedUri)
const uris =
  kind === 'postgres'
    ? (await sql(`CREATE DATABASE "${names[1]}" TEMPLATE "${names[0]}"`), names.map(databaseUri))
    : ['a.db', 'b.db'].map((name) => {
        for (const suffix of ['', '-wal', '-shm'])
          if (fs.existsSync(source + suffix)) fs.copyFileSync(source + suffix, path.join(copies, name + suffix))
        return `file:${path.join(copies, name)}`
      })

const servers = {
  this: await startApp({ ...env, DATABASE_URI: uris[0] }, { uncached: true, root: here }),
  other: await startApp(
    { ...env, DATABASE_URI: uris[1] },
    { uncached: true, root: other, node: process.env.BENCH_OTHER_NODE },
  ),
}
const pages = [...measured, ['home (fr)', '/fr', {}], ['API news', '/api/public/v1/news?site=wayout&locale=en', {}]]
console.log(
  `${kind}; load average at start: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)
console.log(`${'page'.padEnd(12)} ${'p50 other → this'.padStart(22)} ${'CPU/render other → this'.padStart(26)}`)
for (const [name, address, headers] of pages) {
  const times = { this: [], other: [] }
  const cpu = { this: 0, other: 0 }
  for (const side of ['this', 'other'])
    for (let i = 0; i < 5; i++) {
      const { status } = await get(servers[side].origin + address, headers)
      if (status !== 200) throw new Error(`${side} ${address} answered ${status}`)
    }
  for (let round = 0; round < rounds; round++)
    for (const side of round % 2 ? ['other', 'this'] : ['this', 'other']) {
      const before = servers[side].cpuMs()
      for (let i = 0; i < perTurn; i++) times[side].push((await get(servers[side].origin + address, headers)).ms)
      cpu[side] += servers[side].cpuMs() - before
    }
  const p50 = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]
  const n = rounds * perTurn
  console.log(
    `${name.padEnd(12)} ${`${p50(times.other).toFixed(1)} → ${p50(times.this).toFixed(1)} ms`.padStart(22)} ` +
      `${`${(cpu.other / n).toFixed(1)} → ${(cpu.this / n).toFixed(1)} ms`.padStart(26)}`,
  )
}
console.log(`\n32 connections, alternating 3 s slices (renders/s other → this):`)
for (const [name, address, headers] of pages) {
  const rps = { this: 0, other: 0 }
  for (let round = 0; round < 2; round++)
    for (const side of round % 2 ? ['other', 'this'] : ['this', 'other'])
      rps[side] += (await measure({ url: servers[side].origin + address, headers, seconds: 3 })).rps / 2
  console.log(`${name.padEnd(12)} ${rps.other.toFixed(0).padStart(5)} → ${rps.this.toFixed(0)}`)
}
console.log(
  `load average at end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)
await Promise.all(Object.values(servers).map((server) => server.stop()))
fs.rmSync(copies, { recursive: true, force: true })
if (kind === 'postgres') for (const name of names) await sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
