import fs from 'node:fs'
import path from 'node:path'

import type { BundleManifest } from '../snippet'

export type PublishedManifest = BundleManifest & { stable: string; published: { file: string; integrity: string }[] }

/** The widget build's manifest (sites/widget/build.mjs), as the server serves it; null before a build. */
export const readBundleManifest = (): PublishedManifest | null => {
  try {
    return JSON.parse(fs.readFileSync(path.join(process.cwd(), 'public/widget/v1/manifest.json'), 'utf8'))
  } catch {
    return null
  }
}
