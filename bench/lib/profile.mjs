#!/usr/bin/env node
/**
 * Where a CPU profile's time went (`node --cpu-prof`, as `BENCH_PROFILE=<dir> npm run bench:pages`
 * writes): self time by group (Next rendering, React, Payload, next-intl, our code, DB driver, …)
 * and the functions with the most self time.
 * Usage: node bench/lib/profile.mjs <file.cpuprofile> [top=25] [from=0]
 * `from`: seconds into the profile where counting starts, to leave out the server's start (module
 * loading) and see renders alone.
 */
import fs from 'node:fs'
import { SourceMap } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(import.meta.dirname, '../..')

const [file, top = '25', from = '0'] = process.argv.slice(2)
const profile = JSON.parse(fs.readFileSync(file, 'utf8'))

const groups = [
  ['idle / GC / native', (url, name) => !url && /^\((idle|garbage collector|program|root)\)$/.test(name)],
  [
    'DB driver',
    (url) => /node_modules\/(pg|pg-[a-z-]+|@libsql|libsql|drizzle-orm|@payloadcms\/drizzle|@payloadcms\/db-)/.test(url),
  ],
  ['Payload (local API, access, population)', (url) => /node_modules\/(payload|@payloadcms\/(?!next|ui))/.test(url)],
  ['next-intl / ICU', (url) => /node_modules\/(next-intl|use-intl|intl-messageformat|@formatjs)/.test(url)],
  ['React', (url) => /react-server-dom|react-dom|\/react\/|react\.production|react-server/.test(url)],
  ['Next rendering', (url) => /node_modules\/next\/|\.next\/server\/chunks\/ssr\/\[root|\/next\/dist/.test(url)],
  ['our code', (url) => /^(src|sites|collections|globals|payload\.config)/.test(url)],
  ['Node internals', (url) => /^node:|^internal/.test(url) || url === ''],
  ['other dependencies', () => true],
]

// Next's bundles: each function's own source file from the chunk's source map.
const maps = new Map()
const sourceOf = (url, line, column) => {
  if (!url.includes('/.next/server/')) return url
  if (!maps.has(url)) {
    const file = `${fileURLToPath(url)}.map`
    maps.set(url, fs.existsSync(file) ? new SourceMap(JSON.parse(fs.readFileSync(file, 'utf8'))) : null)
  }
  const source = maps.get(url)?.findEntry(line, column)?.originalSource
  if (!source) return url
  // Relative to the chunk, or Turbopack's `[project]/`; the project's own files relative to its root.
  const absolute = source.includes('[project]/')
    ? path.join(root, source.replace(/^.*\[project\]\//, ''))
    : path.resolve(path.dirname(fileURLToPath(url)), source.replace(/^[a-z]+:\/\/\/?/, ''))
  return absolute.startsWith(`${root}/`) ? path.relative(root, absolute) : `(unmapped) ${source}`
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const self = new Map()
const deltas = profile.timeDeltas
let elapsed = 0
profile.samples.forEach((id, i) => {
  elapsed += deltas[i] ?? 0
  if (elapsed >= Number(from) * 1e6) self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0))
})

const totals = new Map()
const functions = new Map()
let all = 0
for (const [id, micros] of self) {
  const { callFrame } = byId.get(id)
  const { functionName } = callFrame
  const url = sourceOf(callFrame.url, callFrame.lineNumber, callFrame.columnNumber)
  const name = functionName || '(anonymous)'
  const group = groups.find(([, test]) => test(url, name))[0]
  totals.set(group, (totals.get(group) ?? 0) + micros)
  const where = `${name} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\.next\//, '.next/')}`
  functions.set(where, (functions.get(where) ?? 0) + micros)
  all += micros
}
const busy = all - (totals.get('idle / GC / native') ?? 0)
const pct = (micros, of) => `${((100 * micros) / of).toFixed(1).padStart(5)} %`
console.log(
  `${file}: ${(all / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy\n\nself time by group (share of all samples):`,
)
for (const [group, micros] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(micros, all)}  ${group}`)
console.log(`\ntop ${top} functions by self time (share of all samples):`)
for (const [where, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
  console.log(`  ${pct(micros, all)}  ${where.slice(0, 150)}`)
