#!/usr/bin/env node
/**
 * `npm start`: the seeded site and admin on http://localhost:3000 with no configuration.
 * Builds the app when there is no build (or the sources are newer), migrates and seeds the
 * database when needed, then serves it with `next start`.
 */
import { spawnSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
process.chdir(root)
const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
const port = process.env.PORT || '3000'

const step = (message) => console.log(`\n▸ ${message}`)
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** Newest modification time under the given paths (files the build depends on). */
const newest = (paths) => {
  let latest = 0
  const visit = (entry) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false })
    if (!stat) return
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child))
    else latest = Math.max(latest, stat.mtimeMs)
  }
  paths.forEach(visit)
  return latest
}

const buildId = path.join('.next', 'BUILD_ID')
const sources = ['src', 'collections', 'globals', 'sites', 'migrations', 'payload.config.ts', 'next.config.ts', 'package-lock.json']
const builtAt = fs.statSync(buildId, { throwIfNoEntry: false })?.mtimeMs ?? 0
if (builtAt < newest(sources)) {
  step(builtAt ? 'Sources changed since the last build: rebuilding (about a minute)' : 'Building the app (first start only, about a minute)')
  run('npx', ['next', 'build'])
}

step('Preparing the database')
run('npx', ['tsx', 'scripts/prepare.ts'])

step(`Serving on http://localhost:${port}  (site: /, admin: /admin, API: /api, GraphQL: /api/graphql)`)
const server = spawn('npx', ['next', 'start', '--port', port], { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
