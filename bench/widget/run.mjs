#!/usr/bin/env node
/**
 * `npm run bench:widget`: the widget's size and the speed of the news endpoint it reads.
 *
 * For 100 and for 100,000 news items in a fresh SQLite database, it starts the production build,
 * loads the endpoint with autocannon (32 connections), then loads a plain Node http server
 * sending the very same bytes, in the same run, and prints req/s, p95 and the ratio between them.
 * Also: the first (uncached) answer's time, the size of a 10-item list, the gzipped bundle.
 * Targets (issue 4): ratio >= 0.1, p95 <= 10 ms, 10 items <= 5 KB, p95 within 30 % at both sizes.
 * Traffic goes to 127.0.0.1 only; every run is bounded in time.
 */
import { fork, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { createClient } from '@libsql/client'
import autocannon from 'autocannon'

import { ensureBuild } from '../../scripts/lib/build.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const seconds = Number(process.env.BENCH_SECONDS || 10)
const sizes = (process.env.BENCH_SIZES || '100,100000').split(',').map(Number)
const newsPath = '/api/public/v1/news?site=wayout&locale=en&limit=10'

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })

const waitFor = async (url, server) => {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (${server.exitCode})`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no answer from ${url}`)
}

/** Adds news items straight into the tables (the Local API would take an hour for 100,000). */
const addNews = async (dbFile, total) => {
  const db = createClient({ url: `file:${dbFile}` })
  const { rows } = await db.execute("SELECT id FROM sites WHERE key = 'wayout'")
  const site = rows[0].id
  const existing = Number((await db.execute("SELECT count(*) AS n FROM news WHERE _status = 'published'")).rows[0].n)
  const missing = total - existing
  const batch = 5_000
  const summary =
    'A short summary of the kind editors write for a news item: one or two sentences, about two hundred characters long, shown under the title in lists.'
  for (let done = 0; done < missing; done += batch) {
    const count = Math.min(batch, missing - done)
    await db.batch(
      [
        {
          sql: `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                INSERT INTO news (published_at, _status) SELECT strftime('%Y-%m-%dT%H:%M:%fZ', '2019-01-01', '+' || (? + i) || ' minutes'), 'published' FROM n`,
          args: [count, done],
        },
        {
          sql: `INSERT INTO news_locales (title, slug, summary, _locale, _parent_id)
                SELECT 'Bench news item number ' || id || ' about exit programmes in prison and probation', 'bench-' || id, ?, 'en', id
                FROM news WHERE id > (SELECT coalesce(max(_parent_id), 0) FROM news_locales)`,
          args: [summary],
        },
        {
          sql: `INSERT INTO news_rels ("order", parent_id, path, sites_id)
                SELECT 1, id, 'sites', ? FROM news WHERE id NOT IN (SELECT parent_id FROM news_rels WHERE path = 'sites')`,
          args: [site],
        },
      ],
      'write',
    )
  }
  db.close()
}

const load = async (url) => {
  const latencies = []
  const instance = autocannon({ url, connections: 32, duration: seconds })
  instance.on('response', (_client, _status, _bytes, time) => latencies.push(time))
  const result = await instance
  latencies.sort((a, b) => a - b)
  const non2xx = result.non2xx + result.errors + result.timeouts
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p95: latencies[Math.floor(latencies.length * 0.95)] ?? NaN,
    failed: non2xx,
  }
}

const measure = async (size) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-bench-'))
  const dbFile = path.join(dir, 'bench.db')
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = spawn(
    path.join(root, 'node_modules/.bin/next'),
    ['start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URI: `file:${dbFile}`,
        UPLOADS_DIR: path.join(dir, 'uploads'),
        PAYLOAD_JOBS_AUTORUN: 'false',
        PAYLOAD_SECRET: 'bench',
      },
      stdio: 'ignore',
    },
  )
  try {
    // The server migrates and seeds the empty database as it starts.
    await waitFor(`${base}/api/sites?limit=1`, server)
    await addNews(dbFile, size)
    const started = performance.now()
    const first = await fetch(`${base}${newsPath}`)
    const uncachedMs = performance.now() - started
    const body = Buffer.from(await first.arrayBuffer())
    if (first.status !== 200) throw new Error(`news endpoint answered ${first.status}: ${body}`)
    // Further uncached queries (other pages): each URL's first answer comes from the database.
    const cold = []
    for (const limit of [9, 8, 7, 6, 5]) {
      const t0 = performance.now()
      await fetch(`${base}/api/public/v1/news?site=wayout&locale=en&limit=${limit}`)
      cold.push(performance.now() - t0)
    }
    await load(`${base}${newsPath}`) // warm-up
    const api = await load(`${base}${newsPath}`)

    const bodyFile = path.join(dir, 'body.json')
    fs.writeFileSync(bodyFile, body)
    const headers = Object.fromEntries(
      ['content-type', 'cache-control', 'etag', 'access-control-allow-origin'].map((name) => [
        name,
        first.headers.get(name),
      ]),
    )
    const plainServer = fork(path.join(import.meta.dirname, 'plain-server.mjs'), [bodyFile, JSON.stringify(headers)])
    const plainPort = await new Promise((resolve) => plainServer.once('message', ({ port }) => resolve(port)))
    await load(`http://127.0.0.1:${plainPort}/`)
    const plain = await load(`http://127.0.0.1:${plainPort}/`)
    plainServer.disconnect()
    return { size, bytes: body.length, uncachedMs, coldMs: Math.max(...cold), api, plain }
  } finally {
    server.kill('SIGTERM')
    await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)))
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

ensureBuild({ root, log: (message) => console.log(`▸ ${message}`) })
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'public/widget/v1/manifest.json'), 'utf8'))
const bundle = fs.readFileSync(path.join(root, 'public', manifest.file))
const gzipped = zlib.gzipSync(bundle, { level: 9 }).length
console.log(
  `widget bundle: ${bundle.length} bytes, ${gzipped} bytes gzipped (budget 10240) ${gzipped <= 10240 ? 'ok' : 'OVER'}`,
)
console.log(`load: autocannon, 32 connections, ${seconds} s per run after a warm-up run; GET ${newsPath}\n`)

const results = []
for (const size of sizes) {
  console.log(`▸ ${size} news items…`)
  const result = await measure(size)
  results.push(result)
  const { api, plain } = result
  const ratio = api.rps / plain.rps
  console.log(
    [
      `  10-item list: ${result.bytes} bytes (target <= 5120) ${result.bytes <= 5120 ? 'ok' : 'OVER'}`,
      `  first answer (uncached): ${result.uncachedMs.toFixed(1)} ms; slowest of 5 more uncached: ${result.coldMs.toFixed(1)} ms`,
      `  API:          ${api.rps.toFixed(0)} req/s, p50 ${api.p50} ms, p95 ${api.p95} ms, ${api.failed} failed`,
      `  plain server: ${plain.rps.toFixed(0)} req/s, p50 ${plain.p50} ms, p95 ${plain.p95} ms, ${plain.failed} failed`,
      `  ratio: ${ratio.toFixed(3)} (target >= 0.1) ${ratio >= 0.1 ? 'ok' : 'BELOW'}; p95 target <= 10 ms ${api.p95 <= 10 ? 'ok' : 'OVER'}`,
    ].join('\n'),
  )
}
if (results.length >= 2) {
  const [small, large] = [results[0], results.at(-1)]
  const change = (large.api.p95 - small.api.p95) / small.api.p95
  console.log(
    `\np95 at ${large.size} vs ${small.size} items: ${small.api.p95} → ${large.api.p95} ms (${(change * 100).toFixed(0)} %, target within 30 %) ${Math.abs(change) <= 0.3 ? 'ok' : 'OUTSIDE'}`,
  )
}
