/**
 * `npm run restore -- <directory>`: a backup made by `npm run backup` into the configured database
 * and upload storage, which must be empty (a new SQLite file or an empty PostgreSQL database, an
 * empty uploads directory or bucket). Stop the app first; start it once the restore is done.
 */
import path from 'node:path'

import { restore } from './lib/backup/archive'

const [dir] = process.argv.slice(2)
if (!dir) {
  console.error('usage: npm run restore -- <backup directory>')
  process.exit(2)
}
try {
  const manifest = await restore(path.resolve(dir), (line) => console.log(`restore: ${line}`))
  console.log(`restore: done, backup of ${manifest.createdAt}`)
} catch (error) {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
