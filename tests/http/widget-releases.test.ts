/**
 * An embed never breaks after a release: a snippet pinned to a hashed bundle with its SRI hash
 * keeps loading after the widget changes. Two releases built with a change in between (as
 * `npm run widget:publish` does, into a scratch folder: the app's own files stay as built) leave
 * both hashed files, byte for byte, beside the stable one; and the production app serves every
 * published release, immutable, with the bytes its SRI hash names.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWidget, defaults, integrityOf, publishedBundles } from '../../sites/widget/build.mjs'
import { startServer, type TestServer } from '../support/server'

const sri = (bytes: Buffer) => `sha384-${crypto.createHash('sha384').update(bytes).digest('base64')}`

describe('two widget releases with a change in between', () => {
  let work: string
  let first: Awaited<ReturnType<typeof buildWidget>>
  let second: Awaited<ReturnType<typeof buildWidget>>

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-widget-releases-'))
    const scratch = { ...defaults, published: path.join(work, 'published'), outDir: path.join(work, 'public') }
    first = await buildWidget({ ...scratch, publish: true })
    // The change: the same elements plus one statement, as any edit to the sources would be.
    const changed = path.join(work, 'changed.ts')
    fs.writeFileSync(
      changed,
      `import ${JSON.stringify(defaults.entry)}\n;(globalThis as { wayoutRelease?: number }).wayoutRelease = 2\n`,
    )
    second = await buildWidget({ ...scratch, entry: changed, publish: true })
  })
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

  it('keep both hashed files, with the bytes their SRI hashes name, and move the stable file to the latest', () => {
    expect(second.file).not.toBe(first.file)
    expect(second.published.map(({ file }) => file).sort()).toEqual([first.file, second.file].sort())
    for (const release of [first, second]) {
      const bytes = fs.readFileSync(path.join(work, 'public', path.basename(release.file)))
      expect(sri(bytes), release.file).toBe(release.integrity)
    }
    expect(sri(fs.readFileSync(path.join(work, 'public/wayout.js')))).toBe(second.integrity)
  })
})

describe('the production app', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer('widget_releases')
  })
  afterAll(async () => server?.stop())

  it('serves every published release, immutable, with the bytes its SRI hash names', async () => {
    const manifest = await (await fetch(`${server.url}/widget/v1/manifest.json`)).json()
    const published = publishedBundles()
    // The first release and the one after it: an older pinned snippet is among them.
    expect(published.length).toBeGreaterThan(1)
    for (const { name, code } of published) {
      const response = await fetch(`${server.url}/widget/v1/${name}`)
      expect(response.status, name).toBe(200)
      expect(response.headers.get('cache-control')).toMatch(/max-age=31536000, immutable/)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      const bytes = Buffer.from(await response.arrayBuffer())
      expect(sri(bytes), name).toBe(integrityOf(code))
      expect(manifest.published).toContainEqual({ file: `/widget/v1/${name}`, integrity: integrityOf(code) })
    }
  })
})
