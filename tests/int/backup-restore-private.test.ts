/**
 * A backup holds subscribers, password hashes and restricted files: `npm run backup` makes it
 * readable by its owner only, even under the usual umask that leaves new files world-readable.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, it } from 'vitest'

import { runTsx } from '../../scripts/lib/tsx.mjs'
import { fileOf } from '../support/fixtures'
import { startPayload } from '../support/payload'

it('writes a backup that neither group nor others can read, whatever the umask', async () => {
  const site = await startPayload('backup_private')
  const archive = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-backup-'))
  const backupDir = path.join(archive, 'backup')
  // The usual umask, which leaves new files readable by everyone.
  const umask = process.umask(0o022)
  try {
    await site.payload.create({
      collection: 'documents',
      data: { title: 'Partners only', restricted: true },
      file: await fileOf('pdf', 'partners-only.pdf'),
    })
    const env = { ...process.env, NODE_ENV: 'production' as const, DATABASE_URI: site.database.uri }
    expect(await runTsx('scripts/backup.ts', [backupDir], { env })).toBe(0)

    const entries = [backupDir, ...fs.readdirSync(backupDir, { recursive: true, encoding: 'utf8' })]
    const modes = Object.fromEntries(
      entries.map((entry) => {
        const full = path.resolve(backupDir, entry)
        return [path.relative(backupDir, full) || '.', (fs.statSync(full).mode & 0o777).toString(8)]
      }),
    )
    expect(Object.keys(modes)).toEqual(
      expect.arrayContaining(['.', 'manifest.json', path.join('uploads', 'documents', 'partners-only.pdf')]),
    )
    for (const [entry, mode] of Object.entries(modes))
      expect(mode, entry).toBe(fs.statSync(path.resolve(backupDir, entry)).isDirectory() ? '700' : '600')
  } finally {
    process.umask(umask)
    fs.rmSync(archive, { recursive: true, force: true })
    await site.stop()
  }
}, 120_000)
