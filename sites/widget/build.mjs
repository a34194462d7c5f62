#!/usr/bin/env node
/**
 * Builds the widget into public/widget/v1 (run by `npm run build` before `next build`):
 *   wayout.<hash>.js   content-hashed, served as immutable: the URL to use with Subresource Integrity;
 *                      every bundle ever published (sites/widget/published/) is copied here too, so a
 *                      partner's snippet pinned to an older hash keeps working after any release
 *   wayout.js          the current bytes at the stable address, revalidated often: always the latest v1
 *   manifest.json      both addresses, the SRI integrity hash, the sizes, and every published bundle
 *   demo.html/.css     every widget on one page, under a strict Content-Security-Policy
 * `--publish` (`npm run widget:publish`) also adds the current bundle to sites/widget/published/,
 * which is committed: a release is the commit that adds its file there.
 * Fails when the bundle exceeds its budget of 10 KB gzipped, or when a published file's bytes no
 * longer match the hash in its name.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { bundleBrowserScript, contentHashedName } from '../../scripts/lib/browserScript.mjs'

const root = path.resolve(import.meta.dirname, '../..')
const budget = 10 * 1024
const hashedName = /^wayout\.([0-9a-f]{12})\.js$/

export const defaults = {
  entry: path.join(import.meta.dirname, 'src/index.ts'),
  published: path.join(import.meta.dirname, 'published'),
  outDir: path.join(root, 'public/widget/v1'),
}

export const integrityOf = (code) => `sha384-${crypto.createHash('sha384').update(code).digest('base64')}`

/** The bundle's bytes, minified, its content-hashed name and its gzipped size; an error over the budget. */
export const bundle = (entry = defaults.entry) =>
  bundleBrowserScript({ entry, base: 'wayout', budget, what: 'the widget' })

/** The published bundles, each checked against the hash its name carries. */
export const publishedBundles = (dir = defaults.published) =>
  (fs.existsSync(dir) ? fs.readdirSync(dir) : [])
    .filter((name) => hashedName.test(name))
    .sort()
    .map((name) => {
      const code = fs.readFileSync(path.join(dir, name))
      if (contentHashedName('wayout', code) !== name)
        throw new Error(`published widget ${name}: its bytes do not match its name`)
      return { name, code }
    })

/** @param {{ entry: string, published: string, outDir: string, publish?: boolean }} options */
export const buildWidget = async ({ entry, published, outDir, publish = false } = defaults) => {
  const { code, file, gzipBytes } = await bundle(entry)
  if (publish && !fs.existsSync(path.join(published, file))) {
    fs.mkdirSync(published, { recursive: true })
    fs.writeFileSync(path.join(published, file), code)
  }

  const archive = publishedBundles(published)
  fs.mkdirSync(outDir, { recursive: true })
  // Hashed files neither published nor current (earlier unpublished builds) go.
  const kept = new Set([file, ...archive.map(({ name }) => name)])
  for (const old of fs.readdirSync(outDir))
    if (hashedName.test(old) && !kept.has(old)) fs.rmSync(path.join(outDir, old))
  for (const { name, code: bytes } of archive) fs.writeFileSync(path.join(outDir, name), bytes)
  fs.writeFileSync(path.join(outDir, file), code)
  fs.writeFileSync(path.join(outDir, 'wayout.js'), code)

  const integrity = integrityOf(code)
  const manifest = {
    version: 1,
    file: `/widget/v1/${file}`,
    stable: '/widget/v1/wayout.js',
    integrity,
    bytes: code.length,
    gzipBytes,
    isPublished: archive.some(({ name }) => name === file),
    published: archive.map(({ name, code: bytes }) => ({ file: `/widget/v1/${name}`, integrity: integrityOf(bytes) })),
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  const demo = fs
    .readFileSync(path.join(import.meta.dirname, 'demo.html'), 'utf8')
    .replaceAll('{{file}}', manifest.file)
    .replaceAll('{{integrity}}', integrity)
  fs.writeFileSync(path.join(outDir, 'demo.html'), demo)
  fs.copyFileSync(path.join(import.meta.dirname, 'demo.css'), path.join(outDir, 'demo.css'))
  return manifest
}

if (process.argv[1] === import.meta.filename) {
  const manifest = await buildWidget({ ...defaults, publish: process.argv.includes('--publish') })
  console.log(
    `widget: ${manifest.file}, ${manifest.bytes} bytes, ${manifest.gzipBytes} gzipped, ${manifest.integrity}; ` +
      `${manifest.published.length} published bundles served` +
      (manifest.isPublished ? '' : '; this bundle is not published yet: `npm run widget:publish`, then commit it'),
  )
}
