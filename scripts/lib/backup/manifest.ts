import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseKind } from '@/db/adapter'

/** One uploaded file in a backup: its path under uploads/ (the collection's folder, then the name). */
export type BackedUpFile = { path: string; bytes: number; sha256: string; contentType: string }

/** manifest.json: what a backup directory holds, and the checksums a restore verifies first. */
export type Manifest = {
  format: 1
  createdAt: string
  database: { kind: Exclude<DatabaseKind, 'mongodb'>; file: string; sha256: string; serverVersion?: string }
  uploads: { source: 'disk' | 's3'; files: BackedUpFile[] }
}

export const manifestName = 'manifest.json'
export const uploadsFolder = 'uploads'

export const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex')

/**
 * A backup holds the database (subscribers' emails, password hashes) and restricted and SEN files:
 * readable by the account that made it only, whatever the umask.
 */
export const ownerOnly = { directory: 0o700, file: 0o600 }

export const writeManifest = (dir: string, manifest: Manifest) =>
  fs.writeFileSync(path.join(dir, manifestName), `${JSON.stringify(manifest, null, 2)}\n`, { mode: ownerOnly.file })

/** The manifest of a backup directory, after checking that every file it lists is there, unchanged. */
export const readVerifiedManifest = (dir: string): Manifest => {
  const file = path.join(dir, manifestName)
  if (!fs.existsSync(file)) throw new Error(`${dir} is not a backup: it has no ${manifestName}`)
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
  if (manifest.format !== 1) throw new Error(`${file}: unknown backup format ${String(manifest.format)}`)
  const check = (relative: string, expected: string) => {
    if (sha256(fs.readFileSync(path.join(dir, relative))) !== expected)
      throw new Error(`${relative} in ${dir} does not match its checksum: the backup is damaged`)
  }
  check(manifest.database.file, manifest.database.sha256)
  for (const upload of manifest.uploads.files) check(path.join(uploadsFolder, upload.path), upload.sha256)
  return manifest
}
