/**
 * What Next itself costs on this machine, with no data and none of our code: a minimal App Router
 * app (built in a temporary folder, on this checkout's node_modules) with a dynamic page
 * holding one heading, a dynamic page with as many elements and as much text as one of ours, and
 * a dynamic route handler answering a fixed JSON body. Each is measured as the pages are (one at a
 * time, then 32 connections on one and on two instances), so a page's figures can be read against
 * the floor that Next's rendering sets under them.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { freePort } from './app.mjs'
import { measure } from './measure.mjs'
import { get, oneAtATime } from './request.mjs'

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const next = path.join(here, 'node_modules/next/dist/bin/next')

/** Elements and text of a page's body, without its scripts: what the sized page reproduces. */
export const pageShape = (html) => {
  const body = html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/^[\s\S]*?<body[^>]*>/i, '')
  const elements = (body.match(/<[a-z][^>]*>/gi) ?? []).length
  const text = body.replace(/<[^>]*>/g, '').length
  return { elements, text }
}

const sources = ({ elements, text, json }) => {
  // Rows of five elements (li > a > strong, time, span), the text shared out among them.
  const rows = Math.max(1, Math.round(elements / 5))
  const perRow = Math.max(1, Math.round(text / rows))
  return {
    'next.config.mjs': 'export default { poweredByHeader: false }\n',
    'app/layout.jsx':
      'export default function Layout({ children }) {\n' +
      '  return <html lang="en"><body>{children}</body></html>\n}\n',
    'app/empty/page.jsx':
      "export const dynamic = 'force-dynamic'\n" +
      'export default function Page() {\n  return <main><h1>One heading</h1></main>\n}\n',
    'app/sized/page.jsx':
      "export const dynamic = 'force-dynamic'\n" +
      `const rows = Array.from({ length: ${rows} }, (_, i) => ({ id: i, words: 'x'.repeat(${perRow}) }))\n` +
      'export default function Page() {\n' +
      '  return <main><ul>{rows.map((row) => (\n' +
      '    <li key={row.id}><a href={`/item/${row.id}`}><strong>Item {row.id}</strong>' +
      '<time dateTime="2026-01-01">1 January 2026</time><span>{row.words}</span></a></li>\n' +
      '  ))}</ul></main>\n}\n',
    'app/answer/route.js':
      "export const dynamic = 'force-dynamic'\n" +
      `const body = ${JSON.stringify(JSON.stringify(json))}\n` +
      "export function GET() {\n  return new Response(body, { headers: { 'content-type': 'application/json' } })\n}\n",
  }
}

const startNext = (dir, port) => {
  const server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null) return resolve()
        server.once('exit', resolve)
        server.kill('SIGTERM')
      }),
  }
}

const ready = async (origin) => {
  for (let i = 0; i < 240; i++) {
    if (
      await get(`${origin}/empty`).then(
        (r) => r.status === 200,
        () => false,
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the floor app at ${origin} did not start`)
}

/**
 * `shape`: the page to reproduce ({ elements, text }); `json`: the body the route handler answers
 * with. The three addresses, each { alone, single, loaded } as the page benchmark measures them.
 */
export const measureFloor = async ({ shape, json, seconds, samples }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-bench-floor-'))
  // Turbopack refuses files outside its root, which a linked node_modules is: webpack builds it.
  // Rendering runs Next's and React's prebuilt server code either way.
  fs.symlinkSync(path.join(here, 'node_modules'), path.join(dir, 'node_modules'))
  const servers = []
  try {
    for (const [file, source] of Object.entries(sources({ ...shape, json }))) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.writeFileSync(path.join(dir, file), source)
    }
    const build = spawnSync(process.execPath, [next, 'build', '--webpack'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    })
    if (build.status !== 0) throw new Error(`the floor app did not build:\n${build.stdout}\n${build.stderr}`)
    servers.push(startNext(dir, await freePort()), startNext(dir, await freePort()))
    await Promise.all(servers.map((server) => ready(server.origin)))
    const results = {}
    for (const address of ['/empty', '/sized', '/answer']) {
      const [first, second] = servers.map((server) => `${server.origin}${address}`)
      const { body } = await get(first)
      results[address] = {
        bytes: body.length,
        alone: await oneAtATime(first, {}, { count: samples }),
        single: await measure({ url: first, seconds }),
        loaded: await measure({ url: [first, second], seconds }),
      }
    }
    return results
  } finally {
    await Promise.all(servers.map((server) => server.stop()))
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
