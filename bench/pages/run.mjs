#!/usr/bin/env node
/**
 * `npm run bench:pages`, on SQLite and PostgreSQL (BENCH_DATABASES=sqlite,postgres), each seeded
 * with 1,000 news items and 200 events (bench/lib/volume.mjs):
 *
 * 1. Uncached renders (bench/lib/serve-uncached.mjs: nothing remembered): home, news list,
 *    article, event and practice page, one request at a time (p50/p95) and at 32 connections
 *    (renders/s, p50, p99), with each page's weight (HTML raw and gzipped); the public API's news
 *    list computed anew at 32 connections. Beside them, a plain Node http server sending the home
 *    page's bytes: the ceiling of this machine in this run.
 *    Targets (issue "pages"): each page p50 ≤ 20 ms alone, ≥ 150 renders/s at 32 connections;
 *    the API ≥ 500 answers/s.
 * 2. The front cache: home and an article served from memory at 32 connections beside the plain
 *    server sending the same bytes. Targets (issue 3): ≥ 0.1 × the plain server's req/s, p95 ≤ 15 ms.
 * 3. Next's own floor (bench/lib/framework-floor.mjs): a minimal App Router app's dynamic pages
 *    (one heading; the home page's elements and text) and route handler, measured the same way.
 *
 * BENCH_SECONDS (10) per load measurement, BENCH_SAMPLES (40) per one-at-a-time figure,
 * BENCH_PROFILE=<dir>: the uncached server writes a CPU profile there (node --cpu-prof).
 * Before measuring, each page is requested once (English, and French where the page has a
 * translation) with the SQL statements of that render counted at the driver (count-queries.mjs);
 * BENCH_QUERIES=print also lists them.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import zlib from 'node:zlib'

import { startApp } from '../lib/app.mjs'
import { measureFloor, pageShape } from '../lib/framework-floor.mjs'
import { formatRow, measure, plainServer } from '../lib/measure.mjs'
import { analyse, databaseUri, sql } from '../lib/postgres.mjs'
import { get, oneAtATime } from '../lib/request.mjs'
import { measuredPages, seedVolume } from '../lib/volume.mjs'

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const samples = Number(process.env.BENCH_SAMPLES ?? 40)
const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',')
const profileDir = process.env.BENCH_PROFILE
const queryLog = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-bench-queries-')), 'queries.log')
const counting = ['--import', pathToFileURL(path.resolve(import.meta.dirname, '../lib/count-queries.mjs')).href]
const loggedQueries = () => (fs.existsSync(queryLog) ? fs.readFileSync(queryLog, 'utf8').split('\n').slice(0, -1) : [])

/** The SQL statements one render of `url` sends to the database (the page requested twice, the second counted). */
const queriesOf = async (url, headers) => {
  await get(url, headers)
  const before = loggedQueries().length
  const { status } = await get(url, headers)
  // The job runner's own polling (payload_jobs…) is not the render's.
  const statements = loggedQueries()
    .slice(before)
    .filter((statement) => !statement.includes('"payload_jobs'))
  if (process.env.BENCH_QUERIES === 'print') for (const statement of statements) console.log(`    ${statement}`)
  return { status, count: statements.length }
}

/** A fresh empty database of the kind asked for, and how to drop it. */
const freshDatabase = async (kind) => {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-bench-pages-'))
    return {
      uri: `file:${path.join(dir, 'bench.db')}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  const name = `wayout_bench_pages_${crypto.randomBytes(4).toString('hex')}`
  await sql(`CREATE DATABASE "${name}"`)
  return { uri: databaseUri(name), drop: () => sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) }
}

const ms = (value) => `${value.toFixed(1).padStart(6)} ms`
const results = []
let pass = true
// From the first database's run: what the floor app reproduces (3. in the header).
let homeShape
let apiAnswer

for (const kind of databases) {
  const database = await freshDatabase(kind)
  const env = { DATABASE_URI: database.uri, PAYLOAD_JOBS_AUTORUN: 'false' }
  try {
    console.log(`\n━━ ${kind}: uncached renders ━━`)
    let app = await startApp(env, { uncached: true })
    let twin
    let pages
    try {
      const seeded = await seedVolume(app.origin)
      console.log(`seeded 1,000 news and 200 events in ${seeded.seconds.toFixed(0)} s`)
      if (kind === 'postgres') await analyse(database.uri)
      // Restarted counting queries (and, with BENCH_PROFILE, profiling): the measurements only, not the seeding.
      await app.stop()
      fs.writeFileSync(queryLog, '')
      app = await startApp(
        { ...env, BENCH_QUERY_LOG: queryLog },
        {
          uncached: true,
          nodeOptions: [
            ...counting,
            ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir, kind)}`] : []),
          ],
        },
      )
      const origin = app.origin
      pages = (await measuredPages(origin, seeded.practiceId)).map(([name, address, headers]) => [
        name,
        `${origin}${address}`,
        headers,
      ])
      console.log('\nSQL statements per render (English / French):')
      const counts = {}
      for (const [name, url, headers] of [
        ...pages,
        ['API news', `${origin}/api/public/v1/news?site=wayout&locale=en`, {}],
      ]) {
        const english = await queriesOf(url, headers)
        const frenchUrl = url.replace('/en', '/fr').replace('locale=en', 'locale=fr')
        // An untranslated item keeps its English slug in French; a translated one redirects (its status says so).
        const french = await queriesOf(frenchUrl, headers)
        counts[name] = { en: english.count, fr: french.count, frStatus: french.status }
        console.log(
          `  ${name.padEnd(12)} ${String(english.count).padStart(3)} / ${String(french.count).padStart(3)}${french.status === 200 ? '' : ` (French answered ${french.status})`}`,
        )
      }
      results.push({ kind, name: 'queries', counts })
      // Counted: the measured renders log nothing (count-queries.mjs writes only while the log exists).
      fs.rmSync(queryLog)
      // The deployed shape on this 2-core machine (deploy/DEPLOY.md): two instances, one per core,
      // on the same database; the 32 connections are shared between them.
      twin = await startApp(env, { uncached: true })
      const onBoth = (url) => [url, url.replace(origin, twin.origin)]
      const homeBytes = (await get(pages[0][1])).body
      const plain = await plainServer(homeBytes, 'text/html; charset=utf-8')
      const ceiling = await measure({ url: plain.url, seconds })
      await plain.close()
      console.log(formatRow('plain node http (home bytes)', ceiling))
      console.log(
        `\n${'page'.padEnd(12)} ${'HTML'.padStart(9)} ${'gzip'.padStart(8)}   alone p50 / p95        ` +
          `32 connections, one instance / two instances`,
      )
      for (const [name, url, headers] of pages) {
        const { body } = await get(url, headers)
        if (name === 'home') homeShape ??= pageShape(body.toString('utf8'))
        const alone = await oneAtATime(url, headers, { count: samples })
        const single = await measure({ url, headers, seconds })
        const loaded = await measure({ url: onBoth(url), headers, seconds })
        const row = { kind, name, bytes: body.length, gzip: zlib.gzipSync(body).length, alone, single, loaded, ceiling }
        results.push(row)
        console.log(
          `${name.padEnd(12)} ${String(row.bytes).padStart(9)} ${String(row.gzip).padStart(8)}   ${ms(alone.p50)} / ${ms(alone.p95)}   ` +
            `${single.rps.toFixed(0).padStart(4)} / ${loaded.rps.toFixed(0).padStart(4)} renders/s  p50 ${ms(loaded.p50)}  ` +
            `p99 ${ms(loaded.p99)}  errors ${single.errors + loaded.errors}  (${((100 * loaded.rps) / ceiling.rps).toFixed(1)} % of plain)`,
        )
        const ok = alone.p50 <= 20 && loaded.rps >= 150 && single.errors + loaded.errors === 0
        if (!ok) console.log(`  target p50 ≤ 20 ms alone and ≥ 150 renders/s: NOT met`)
        pass &&= ok
      }
      const apiUrl = `${origin}/api/public/v1/news?site=wayout&locale=en`
      apiAnswer ??= JSON.parse((await get(apiUrl)).body.toString('utf8'))
      const apiAlone = await oneAtATime(apiUrl, {}, { count: samples })
      const apiSingle = await measure({ url: apiUrl, seconds })
      const api = await measure({ url: onBoth(apiUrl), seconds })
      results.push({ kind, name: 'api news', alone: apiAlone, single: apiSingle, loaded: api, ceiling })
      console.log(
        `${'API news'.padEnd(12)} ${''.padStart(18)}   ${ms(apiAlone.p50)} / ${ms(apiAlone.p95)}   ` +
          `${apiSingle.rps.toFixed(0).padStart(4)} / ${api.rps.toFixed(0).padStart(4)} answers/s  p50 ${ms(api.p50)}  p99 ${ms(api.p99)}  errors ${api.errors}` +
          `  target ≥ 500/s: ${api.rps >= 500 && api.errors === 0 ? 'met' : 'NOT met'}`,
      )
      pass &&= api.rps >= 500 && api.errors === 0
    } finally {
      await Promise.all([app.stop(), twin?.stop()])
    }

    console.log(`\n━━ ${kind}: from the front cache ━━`)
    const cached = await startApp(env)
    try {
      for (const [name, rendered] of [pages[0], pages[2]]) {
        const url = rendered.replace(/^http:\/\/[^/]+/, cached.origin)
        await get(url)
        const response = await get(url)
        const plain = await plainServer(response.body, response.headers['content-type'] ?? 'text/html')
        const baseline = await measure({ url: plain.url, seconds })
        await plain.close()
        const page = await measure({ url, seconds })
        console.log(`${name}: ${response.body.length} bytes, x-cache ${response.headers['x-cache']}`)
        console.log(formatRow('  plain node http', baseline))
        console.log(formatRow('  wayout (front cache)', page, baseline))
        const ok = page.rps >= 0.1 * baseline.rps && page.p95 <= 15 && page.errors === 0
        console.log(`  target ≥ 0.1 × and p95 ≤ 15 ms: ${ok ? 'met' : 'NOT met'}`)
        pass &&= ok
      }
    } finally {
      await cached.stop()
    }
  } finally {
    await database.drop()
  }
}

if (homeShape && apiAnswer) {
  console.log(`\n━━ Next's own floor: a minimal App Router app, no data, none of our code ━━`)
  const floor = await measureFloor({ shape: homeShape, json: apiAnswer, seconds, samples })
  const rows = [
    ['/empty', 'one heading'],
    ['/sized', `home's shape (${homeShape.elements} elements, ${homeShape.text} characters)`],
    ['/answer', "route handler, API news's body"],
  ]
  for (const [address, label] of rows) {
    const { bytes, alone, single, loaded } = floor[address]
    results.push({ kind: 'floor', name: address, bytes, alone, single, loaded })
    console.log(
      `${label.padEnd(52)} ${String(bytes).padStart(7)} B   alone ${ms(alone.p50)}   ` +
        `${single.rps.toFixed(0).padStart(4)} / ${loaded.rps.toFixed(0).padStart(4)} per s (one / two instances)  errors ${single.errors + loaded.errors}`,
    )
  }
}

if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2))
process.exitCode = pass ? 0 : 1
