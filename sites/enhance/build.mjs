#!/usr/bin/env node
/**
 * Builds the public sites' own script (sites/enhance/src/forms.ts) into public/site (run by
 * `npm run build` before `next build`): `forms.<hash>.js`, content-hashed and served as immutable,
 * and `manifest.json` naming it, which the front server reads to add it to the pages that have a
 * `<form data-enhance>` (src/server/publicPageScripts.ts). No framework: the pages work without it.
 * Fails when the bundle exceeds its budget of 5 KB gzipped.
 */
import fs from 'node:fs'
import path from 'node:path'

import { bundleBrowserScript } from '../../scripts/lib/browserScript.mjs'

const root = path.resolve(import.meta.dirname, '../..')
export const budget = 5 * 1024
export const outDir = path.join(root, 'public/site')

export const buildEnhance = async () => {
  const { code, file, gzipBytes } = await bundleBrowserScript({
    entry: path.join(import.meta.dirname, 'src/forms.ts'),
    base: 'forms',
    budget,
    what: "the sites' script",
  })
  fs.rmSync(outDir, { recursive: true, force: true })
  fs.mkdirSync(outDir, { recursive: true })
  fs.writeFileSync(path.join(outDir, file), code)
  const manifest = { forms: `/site/${file}`, bytes: code.length, gzipBytes }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

if (process.argv[1] === import.meta.filename) {
  const manifest = await buildEnhance()
  console.log(`sites' script: ${manifest.forms}, ${manifest.bytes} bytes, ${manifest.gzipBytes} gzipped`)
}
