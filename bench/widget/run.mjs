#!/usr/bin/env node
/**
 * `npm run bench:widget`: the widget's size and the speed of the news endpoint it reads.
 *
 * For 100 and for 100,000 news items in a fresh SQLite database, it starts the app as `npm start`
 * serves it, loads the endpoint with autocannon (32 connections), then loads a plain Node http
 * server sending the very same bytes with the same headers, in the same run, and prints req/s,
 * p95 and the ratio. Also: uncached answers' times (the database query), the size of a 10-item
 * list, the gzipped bundle. Targets (issue 4): ratio ≥ 0.1, p95 ≤ 10 ms, 10 items ≤ 5 KB, the
 * p95 at 100,000 items within 30 % of that at 100. Traffic stays on 127.0.0.1; runs are timed.
 */
import { fork } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { createClient } from '@libsql/client'

import { startApp } from '../lib/app.mjs'
import { formatRow, measure } from '../lib/measure.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const sizes = (process.env.BENCH_SIZES ?? '100,100000').split(',').map(Number)
const newsPath = '/api/public/v1/news?site=wayout&locale=en&limit=10'

/** Adds published news items straight into the tables (through Payload, 100,000 would take an hour). */
const addNews = async (databaseUri, total) => {
  const db = createClient({ url: databaseUri })
  const site = (await db.execute("SELECT id FROM sites WHERE key = 'wayout'")).rows[0].id
  const existing = Number((await db.execute("SELECT count(*) AS n FROM news WHERE _status = 'published'")).rows[0].n)
  const summary =
    'A summary of the length editors write for a news item: one or two sentences, shown under the title in lists and cards.'
  for (let done = 0; done < total - existing; done += 5_000) {
    const count = Math.min(5_000, total - existing - done)
    await db.batch(
      [
        {
          sql: `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                INSERT INTO news (published_at, _status)
                SELECT strftime('%Y-%m-%dT%H:%M:%fZ', '2019-01-01', '+' || (? + i) || ' minutes'), 'published' FROM n`,
          args: [count, done],
        },
        {
          sql: `INSERT INTO news_locales (title, slug, summary, _locale, _parent_id)
                SELECT 'Bench news item ' || id || ' on exit programmes in prison and probation', 'bench-' || id, ?, 'en', id
                FROM news WHERE id NOT IN (SELECT _parent_id FROM news_locales)`,
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
  // Statistics, as after any bulk load (the server gathers them at start and hourly).
  await db.execute('ANALYZE')
  db.close()
}

const timed = async (url) => {
  const started = performance.now()
  const response = await fetch(url)
  const body = Buffer.from(await response.arrayBuffer())
  return { response, body, ms: performance.now() - started }
}

/** The baseline in a process of its own, so that it does not share a thread with autocannon. */
const plainServer = async (body, headers) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-plain-'))
  fs.writeFileSync(path.join(dir, 'body'), body)
  const child = fork(path.join(import.meta.dirname, 'plain-server.mjs'), [
    path.join(dir, 'body'),
    JSON.stringify(headers),
  ])
  const port = await new Promise((resolve) => child.once('message', (message) => resolve(message.port)))
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => {
      child.disconnect()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'public/widget/v1/manifest.json'), 'utf8'))
const bundle = fs.readFileSync(path.join(root, 'public', manifest.file))
const gzipped = zlib.gzipSync(bundle, { level: 9 }).length

const results = []
for (const size of sizes) {
  const app = await startApp({ PAYLOAD_JOBS_AUTORUN: 'false' })
  try {
    await addNews(app.databaseUri, size)
    const url = `${app.origin}${newsPath}`
    const first = await timed(url)
    if (first.response.status !== 200) throw new Error(`the news endpoint answered ${first.response.status}`)
    // Each URL's first answer comes from the database: other limits and pages are all uncached.
    const uncached = [first.ms]
    for (const query of [
      'limit=9',
      'limit=8',
      'limit=10&page=2',
      'limit=10&page=500',
      `limit=10&cursor=${JSON.parse(first.body).nextCursor}`,
    ])
      uncached.push((await timed(`${app.origin}/api/public/v1/news?site=wayout&locale=en&${query}`)).ms)
    const cached = await timed(url)

    const headers = Object.fromEntries(
      [
        'content-type',
        'cache-control',
        'etag',
        'access-control-allow-origin',
        'access-control-expose-headers',
        'x-content-type-options',
      ].map((name) => [name, cached.response.headers.get(name)]),
    )
    const plain = await plainServer(cached.body, headers)
    await measure({ url: plain.url, seconds: 2 })
    const baseline = await measure({ url: plain.url, seconds })
    plain.close()
    await measure({ url, seconds: 2 })
    const api = await measure({ url, seconds })
    results.push({ size, bytes: cached.body.length, uncached, baseline, api })
  } finally {
    await app.stop()
  }
}

console.log(`\nwidget bundle ${manifest.file}: ${bundle.length} bytes, ${gzipped} bytes gzipped (budget 10,240)`)
console.log(
  `GET ${newsPath}; 32 connections, ${seconds} s each after a 2 s warm-up; the plain server sends the same bytes and headers.`,
)
for (const { size, bytes, uncached, baseline, api } of results) {
  console.log(`\n${size.toLocaleString('en')} news items: a 10-item list is ${bytes} bytes`)
  console.log(`  uncached answers (database): ${uncached.map((ms) => ms.toFixed(0)).join(', ')} ms`)
  console.log(formatRow('  plain node http', baseline))
  console.log(formatRow('  public API (remembered)', api, baseline))
}
const [small, large] = [results[0], results.at(-1)]
const checks = [
  [`bundle ≤ 10 KB gzipped`, gzipped <= 10 * 1024],
  ...results.flatMap(({ size, bytes, baseline, api }) => [
    [`${size}: ratio ≥ 0.1`, api.rps >= 0.1 * baseline.rps],
    [`${size}: p95 ≤ 10 ms`, api.p95 <= 10],
    [`${size}: 10 items ≤ 5 KB`, bytes <= 5 * 1024],
    [`${size}: no errors`, api.errors === 0],
  ]),
  ...(results.length > 1
    ? [
        [
          `p95 at ${large.size} within 30 % of p95 at ${small.size} (${small.api.p95.toFixed(1)} → ${large.api.p95.toFixed(1)} ms)`,
          Math.abs(large.api.p95 - small.api.p95) <= 0.3 * small.api.p95,
        ],
      ]
    : []),
]
console.log('')
for (const [name, ok] of checks) console.log(`${ok ? 'met    ' : 'NOT met'}  ${name}`)
process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1
