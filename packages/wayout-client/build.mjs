#!/usr/bin/env node
/**
 * Builds the package into dist/ from the project's own sources (nothing copied by hand):
 *   index.mjs / index.d.mts    the typed client of the public API (src/plugins/public-api/client.ts)
 *   widget.mjs / widget.d.mts  the partner widget's custom elements (sites/widget/src), as an ES module
 * The types are bundled into one file each; they refer to `zod` only for the query parameters' types.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import * as esbuild from 'esbuild'

const here = import.meta.dirname
const root = path.resolve(here, '../..')
const dist = path.join(here, 'dist')
fs.rmSync(dist, { recursive: true, force: true })

for (const [entry, out, platform] of [
  ['index', 'index', 'neutral'],
  ['widget', 'widget', 'browser'],
]) {
  await esbuild.build({
    entryPoints: [path.join(here, `src/${entry}.ts`)],
    outfile: path.join(dist, `${out}.mjs`),
    tsconfig: path.join(root, 'tsconfig.json'),
    bundle: true,
    format: 'esm',
    platform,
    target: ['es2022'],
    legalComments: 'none',
  })
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js'),
      '--silent',
      '--no-check',
      '--export-referenced-types=false',
      '--project',
      path.join(root, 'tsconfig.json'),
      '-o',
      path.join(dist, `${out}.d.mts`),
      path.join(here, `src/${entry}.ts`),
    ],
    { stdio: 'inherit' },
  )
}
console.log(`@wayout/client: ${fs.readdirSync(dist).join(', ')}`)
