/**
 * Preloaded into the uncached server by `npm run bench:pages` (node --import): appends every SQL
 * statement the database drivers are given (pg's `Client#query`, libsql's `Database#prepare`) to
 * the file BENCH_QUERY_LOG names, one line each, so the bench can count the queries of one render.
 * Only while that file exists: the bench removes it when it has counted, so the measured renders
 * pay one stat per statement, not a write.
 * The drivers are loaded with `require` from the app's root, as the server loads them.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(path.resolve(import.meta.dirname, '../../package.json'))
const file = process.env.BENCH_QUERY_LOG
const note = (sql) => {
  const text = typeof sql === 'string' ? sql : sql?.text
  if (file && text && fs.existsSync(file)) fs.appendFileSync(file, `${text.replace(/\s+/g, ' ').slice(0, 300)}\n`)
}
const wrap = (proto, name) => {
  const original = proto[name]
  proto[name] = function (sql, ...rest) {
    note(sql)
    return original.call(this, sql, ...rest)
  }
}
wrap(require('pg').Client.prototype, 'query')
wrap(require('libsql').prototype, 'prepare')
