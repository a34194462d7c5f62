/**
 * Every widget bundle ever released stays served (sites/widget/published/, copied into
 * public/widget/v1 by each build): the bundle these sources build must be among them, else a
 * deployment would serve a hashed file the next deployment drops, breaking snippets pinned to it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { bundle, defaults, publishedBundles } from '../../sites/widget/build.mjs'

describe('the published widget bundles', () => {
  it('include the bundle the current sources build (else: npm run widget:publish, and commit the file)', async () => {
    const { file } = await bundle()
    expect(fs.readdirSync(defaults.published)).toContain(file)
  })

  it('are each intact: their bytes hash to the name they are served under', () => {
    const names = publishedBundles().map(({ name }) => name)
    expect(names.length).toBeGreaterThan(0)
    expect(names).toEqual(
      fs
        .readdirSync(defaults.published)
        .filter((name) => name.endsWith('.js'))
        .sort(),
    )
  })

  it('refuse a published file whose bytes were changed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-published-'))
    try {
      fs.writeFileSync(path.join(dir, 'wayout.000000000000.js'), 'changed')
      expect(() => publishedBundles(dir)).toThrow(/do not match its name/)
    } finally {
      fs.rmSync(dir, { recursive: true })
    }
  })
})
