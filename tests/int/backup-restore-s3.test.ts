/**
 * `npm run backup` and `npm run restore` with uploads in S3-compatible storage (the local S3
 * server), on this project's database: backed up while the site is open, restored into an empty
 * database and a new empty bucket with the same rows and the same objects.
 */
import { it } from 'vitest'

import { backupRoundTrip } from '../support/backupRoundTrip'

it('restores every row and every object in the bucket byte for byte after the site is wiped', async () => {
  await backupRoundTrip('backup_s3', { onS3: true })
}, 300_000)
