/**
 * An embed never breaks after a release: a snippet pinned to a hashed bundle with its SRI hash
 * keeps loading after the widget changes. Two releases are built (the second from changed
 * sources) exactly as `npm run widget:publish` does, then the production app serves both.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWidget, defaults } from '../../sites/widget/build.mjs'
import { startServer, type TestServer } from '../support/server'

type Manifest = Awaited<ReturnType<typeof buildWidget>>

let server: TestServer
let work: string
let first: Manifest
let second: Manifest

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-widget-releases-'))
  const published = path.join(work, 'published')
  first = await buildWidget({ ...defaults, published, publish: true })
  // The change: the same elements plus one statement, as any edit to the sources would be.
  const changed = path.join(work, 'changed.ts')
  fs.writeFileSync(
    changed,
    `import ${JSON.stringify(defaults.entry)}\n;(globalThis as { wayoutRelease?: number }).wayoutRelease = 2\n`,
  )
  second = await buildWidget({ ...defaults, entry: changed, published, publish: true })
  server = await startServer('widget_releases')
})

afterAll(async () => {
  await server?.stop()
  // The build output as `npm run build:widget` leaves it, for the other suites.
  await buildWidget(defaults)
  fs.rmSync(work, { recursive: true, force: true })
})

describe('a widget release', () => {
  it('changes the hashed file, and the manifest lists both releases', () => {
    expect(second.file).not.toBe(first.file)
    expect(second.published.map(({ file }) => file).sort()).toEqual([first.file, second.file].sort())
  })

  it('keeps serving the earlier release, immutable, with the bytes its SRI hash names', async () => {
    for (const release of [first, second]) {
      const response = await fetch(`${server.url}${release.file}`)
      expect(response.status, release.file).toBe(200)
      expect(response.headers.get('cache-control')).toMatch(/max-age=31536000, immutable/)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      const bytes = Buffer.from(await response.arrayBuffer())
      expect(`sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`).toBe(release.integrity)
    }
  })

  it('moves the stable address to the latest release only', async () => {
    const stable = Buffer.from(await (await fetch(`${server.url}/widget/v1/wayout.js`)).arrayBuffer())
    expect(`sha384-${crypto.createHash('sha384').update(stable).digest('base64')}`).toBe(second.integrity)
    const manifest = await (await fetch(`${server.url}/widget/v1/manifest.json`)).json()
    expect(manifest.file).toBe(second.file)
  })
})
