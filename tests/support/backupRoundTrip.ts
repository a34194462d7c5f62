import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { expect } from 'vitest'

import { startLocalS3, type LocalS3 } from '../../scripts/lib/local-s3.mjs'
import { runTsx } from '../../scripts/lib/tsx.mjs'
import { bucketOf } from './bucket'
import { freshDatabase, type TestDatabase } from './database'
import { tableContents } from './databaseRows'
import { buildWorld } from './fixtures'
import { closePayload, openPayload, testEnvironment } from './payload'

const digest = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex')

/** The uploads as path → checksum: files under the uploads directory, or objects in the bucket. */
const uploadedFiles = async (uploads: string, s3?: LocalS3) => {
  const files: Record<string, string> = {}
  if (s3) {
    const bucket = bucketOf(s3)
    for (const key of await bucket.keys()) files[key] = digest(await bucket.bytes(key))
    return files
  }
  for (const entry of fs.readdirSync(uploads, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name)
      files[path.relative(uploads, file)] = digest(fs.readFileSync(file))
    }
  return files
}

/** Where a running site keeps its data: a database, an uploads directory, and the S3 server when used. */
type Site = { database: TestDatabase; uploads: string; removeUploads: () => void; s3?: LocalS3 }

const emptySite = async (label: string, onS3: boolean): Promise<Site> => {
  const s3 = onS3 ? await startLocalS3() : undefined
  return { database: await freshDatabase(label), ...testEnvironment(), s3 }
}

const envOf = (site: Site) => ({
  ...process.env,
  NODE_ENV: 'production' as const,
  DATABASE_URI: site.database.uri,
  UPLOADS_DIR: site.uploads,
  ...(site.s3?.env ?? {}),
})

const removeSite = async (site: Site) => {
  await site.database.drop()
  site.removeUploads()
  await site.s3?.destroy()
}

/**
 * `npm run backup` while this process's Payload holds the site open, then the whole site wiped
 * (a new empty database, uploads directory and bucket), `npm run restore` into it, and every row of
 * every table and every uploaded file compared with what was there before.
 */
export const backupRoundTrip = async (label: string, { onS3 }: { onS3: boolean }) => {
  const original = await emptySite(label, onS3)
  // The Payload in this process writes through the same storage as the scripts will read.
  if (original.s3) Object.assign(process.env, original.s3.env)
  let payload: Payload | undefined = await openPayload(original.database.uri)
  const restored = await emptySite(`${label}_restored`, onS3)
  const archive = fs.mkdtempSync(path.join(path.dirname(original.uploads), 'wayout-backup-'))
  const backupDir = path.join(archive, 'backup')
  try {
    await buildWorld(payload)
    const rows = await tableContents(original.database)
    const files = await uploadedFiles(original.uploads, original.s3)
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(3)

    expect(await runTsx('scripts/backup.ts', [backupDir], { env: envOf(original) })).toBe(0)
    await closePayload(payload)
    payload = undefined
    await removeSite(original)

    expect(await uploadedFiles(restored.uploads, restored.s3)).toEqual({})
    expect(await runTsx('scripts/restore.ts', [backupDir], { env: envOf(restored) })).toBe(0)
    expect(await tableContents(restored.database)).toEqual(rows)
    expect(await uploadedFiles(restored.uploads, restored.s3)).toEqual(files)

    // A second restore would overwrite: it is refused, and what is there stays; so is one into
    // the restored database with empty upload storage (disk), which leaves that storage empty.
    expect(await runTsx('scripts/restore.ts', [backupDir], { env: envOf(restored) })).toBe(1)
    const emptyUploads = path.join(archive, 'empty-uploads')
    const intoUsedDatabase = { ...envOf(restored), UPLOADS_DIR: emptyUploads, S3_BUCKET: '' }
    expect(await runTsx('scripts/restore.ts', [backupDir], { env: intoUsedDatabase })).toBe(1)
    expect(fs.existsSync(emptyUploads) ? fs.readdirSync(emptyUploads) : []).toEqual([])
    expect(await tableContents(restored.database)).toEqual(rows)
  } finally {
    if (payload) await closePayload(payload)
    await removeSite(restored)
    fs.rmSync(archive, { recursive: true, force: true })
  }
}
