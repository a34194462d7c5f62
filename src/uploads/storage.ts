import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { uploadCollections } from './directory'
import { s3Settings } from './s3Settings'
import { explainUnreadableFiles } from './storageOutage'

/*
 * Payload's development-time version check wants every @payloadcms package at payload's exact
 * version. The S3 adapter's newest release is 3.90.1 (no 3.90.2 was published); package.json's
 * `overrides` installs it against payload 3.90.2, and tests/http/uploads-on-s3.test.ts proves it
 * works. Without this the check's rejection is unhandled in every non-production process. Remove
 * it with the override once a matching release of @payloadcms/storage-s3 exists.
 */
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/**
 * Uploads in S3-compatible storage when S3_BUCKET is set, on the local disk otherwise. Each
 * collection's objects sit under a prefix named after it, the same folders as on disk.
 *
 * Files are always served through the app's /api/<collection>/file/<name> route, which applies
 * the collection's read access (restricted documents) and servedSafely's headers: no public ACL,
 * no signed or direct bucket URLs, no browser uploads to the bucket; the bucket stays private.
 * A file that cannot be read because the storage is down is answered 503 (./storageOutage.ts).
 * The plugin's fields (`prefix`, `_objectKey`) are in the schema in both modes, so one set of
 * migrations fits either.
 */
export const uploadStorage = (): Plugin => {
  const settings = s3Settings()
  const storage = s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    config: settings?.client ?? {},
    collections: Object.fromEntries(uploadCollections.map((slug) => [slug, { prefix: slug }])),
  })
  return async (config) => explainUnreadableFiles(await storage(config))
}
