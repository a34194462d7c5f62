/**
 * Our browser scripts (the partner widget, the sites' own script): one bundle each, minified for
 * the browsers the sites support, named by its content (so served as immutable) and held to a
 * gzipped-size budget.
 */
import crypto from 'node:crypto'
import path from 'node:path'
import zlib from 'node:zlib'

import * as esbuild from 'esbuild'

const root = path.resolve(import.meta.dirname, '../..')

/** `<base>.<first 12 hex digits of its SHA-256>.js` */
export const contentHashedName = (base, code) =>
  `${base}.${crypto.createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`

/** The bundle of `entry`: its bytes, content-hashed file name and gzipped size; over `budget` bytes gzipped, an error naming `what`. */
export const bundleBrowserScript = async ({ entry, base, budget, what }) => {
  const { outputFiles } = await esbuild.build({
    entryPoints: [entry],
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
  if (gzipBytes > budget) throw new Error(`${what} is ${gzipBytes} bytes gzipped, over its ${budget}-byte budget`)
  return { code, file: contentHashedName(base, code), gzipBytes }
}
