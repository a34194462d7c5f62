#!/usr/bin/env node
/**
 * `npm start`: the seeded site and admin on http://localhost:3000 with no configuration.
 * Builds the app when needed, then serves it; on start the server migrates the database and
 * seeds it when empty.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { tsImport } from 'tsx/esm/api'

import { ensureBuild } from './lib/build.mjs'

// Before building: a deployment missing its production settings is told at once, not minutes later.
const { refuseUnconfiguredProduction } = await tsImport('../src/server/productionSettings.ts', import.meta.url)
refuseUnconfiguredProduction()

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)
const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
const port = process.env.PORT || '3000'
const step = (message) => console.log(`\n▸ ${message}`)

step('Checking the build')
if (!ensureBuild({ root, log: step })) console.log('  · up to date')

step('Starting: the server applies pending migrations and seeds an empty database (src/instrumentation.ts)')
step(`Serving on http://localhost:${port}  (site: /, admin: /admin, REST: /api, GraphQL: /api/graphql)`)
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', port], { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
