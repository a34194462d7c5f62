#!/usr/bin/env node
/**
 * The production server: starts the front server (src/server/front.ts), which `npm run build`
 * compiles into .next/front-server.mjs. `npm start` and the test suites run exactly this.
 * Usage: node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(import.meta.dirname, '..')
const bundle = path.join(root, '.next', 'front-server.mjs')
if (!fs.existsSync(bundle)) {
  console.error('No build: run `npm run build` first (`npm start` builds when needed).')
  process.exit(1)
}
const { serveFront } = await import(pathToFileURL(bundle).href)

const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } })
await serveFront({
  dir: root,
  port: Number(values.port ?? process.env.PORT ?? 3000),
  hostname: values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0',
})
