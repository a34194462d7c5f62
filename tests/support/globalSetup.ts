import path from 'node:path'

import { ensureBuild } from '../../scripts/lib/build.mjs'

/** The HTTP suites drive the production build, so build once before any of them starts. */
export default function setup() {
  ensureBuild({
    root: path.resolve(import.meta.dirname, '../..'),
    log: (m: string) => console.log(`[test setup] ${m}`),
  })
}
