/**
 * `npm run backup` and `npm run restore` with uploads on the local disk, on this project's
 * database (SQLite, or PostgreSQL in the postgres project): backed up while the site is open,
 * restored into an emptied database and uploads directory with the same rows and the same files.
 */
import { it } from 'vitest'

import { backupRoundTrip } from '../support/backupRoundTrip'

it('restores every row and every uploaded file byte for byte after the site is wiped', async () => {
  await backupRoundTrip('backup_disk', { onS3: false })
}, 300_000)
