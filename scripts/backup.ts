/**
 * `npm run backup [-- <directory>]`: the database (SQLite or PostgreSQL, online: the server may
 * keep running) and the uploads (local directory or S3 bucket) into one new directory with a
 * manifest. Default directory: backups/wayout-<time> (BACKUP_DIR changes backups/).
 */
import path from 'node:path'

import { backup } from './lib/backup/archive'

const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const dir = path.resolve(process.argv[2] ?? path.join(process.env.BACKUP_DIR ?? 'backups', `wayout-${stamp}`))
try {
  const manifest = await backup(dir, (line) => console.log(`backup: ${line}`))
  console.log(`backup: done, ${manifest.uploads.files.length} files and the database in ${dir}`)
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
