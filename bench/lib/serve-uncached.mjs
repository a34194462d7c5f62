#!/usr/bin/env node
/**
 * The production server as scripts/serve.mjs starts it, remembering nothing: every page and public
 * API answer is rendered anew. Only `npm run bench:pages` starts it, to measure renders.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(import.meta.dirname, '../..')
const { serveFront } = await import(pathToFileURL(path.join(root, '.next', 'front-server.mjs')).href)
const { values } = parseArgs({ options: { port: { type: 'string' }, hostname: { type: 'string' } } })
await serveFront({ dir: root, port: Number(values.port), hostname: values.hostname, remember: false })
