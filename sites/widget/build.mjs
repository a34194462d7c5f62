#!/usr/bin/env node
/**
 * Builds the widget into public/widget/v1 (run by `npm run build` before `next build`):
 *   wayout.<hash>.js   content-hashed, served as immutable: the URL to use with Subresource Integrity
 *   wayout.js          the same bytes at the stable address, revalidated often: always the latest v1
 *   manifest.json      both addresses, the SRI integrity hash and the sizes (read by the admin Embed page)
 *   demo.html/.css     every widget on one page, under a strict Content-Security-Policy
 * Fails when the bundle exceeds its budget of 10 KB gzipped.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import * as esbuild from 'esbuild'

const root = path.resolve(import.meta.dirname, '../..')
const outDir = path.join(root, 'public/widget/v1')
const budget = 10 * 1024

const { outputFiles } = await esbuild.build({
  entryPoints: [path.join(import.meta.dirname, 'src/index.ts')],
  tsconfig: path.join(root, 'tsconfig.json'),
  bundle: true,
  minify: true,
  format: 'iife',
  // Constructable stylesheets in every engine: Chrome 73, Firefox 101, Safari 16.4.
  target: ['chrome111', 'firefox111', 'safari16.4'],
  legalComments: 'none',
  write: false,
})
const code = Buffer.from(outputFiles[0].contents)
const gzipBytes = zlib.gzipSync(code, { level: 9 }).length
if (gzipBytes > budget) throw new Error(`the widget is ${gzipBytes} bytes gzipped, over its ${budget}-byte budget`)

const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 12)
const file = `wayout.${hash}.js`
const integrity = `sha384-${crypto.createHash('sha384').update(code).digest('base64')}`

fs.mkdirSync(outDir, { recursive: true })
// Earlier builds' hashed files go: only the current one is served.
for (const old of fs.readdirSync(outDir)) if (/^wayout\.[0-9a-f]+\.js$/.test(old)) fs.rmSync(path.join(outDir, old))
fs.writeFileSync(path.join(outDir, file), code)
fs.writeFileSync(path.join(outDir, 'wayout.js'), code)
const manifest = {
  version: 1,
  file: `/widget/v1/${file}`,
  stable: '/widget/v1/wayout.js',
  integrity,
  bytes: code.length,
  gzipBytes,
}
fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
const demo = fs
  .readFileSync(path.join(import.meta.dirname, 'demo.html'), 'utf8')
  .replaceAll('{{file}}', manifest.file)
  .replaceAll('{{integrity}}', integrity)
fs.writeFileSync(path.join(outDir, 'demo.html'), demo)
fs.copyFileSync(path.join(import.meta.dirname, 'demo.css'), path.join(outDir, 'demo.css'))
console.log(`widget: ${manifest.file}, ${code.length} bytes, ${gzipBytes} gzipped, ${integrity}`)
