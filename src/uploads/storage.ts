import { s3Storage } from '@payloadcms/storage-s3'

import { uploadCollections } from './directory'
import { s3Settings } from './s3Settings'

/**
 * Uploads in S3-compatible storage when S3_BUCKET is set, on the local disk otherwise. Each
 * collection's objects sit under a prefix named after it, the same folders as on disk.
 *
 * Files are always served through the app's /api/<collection>/file/<name> route, which applies
 * the collection's read access (restricted documents) and servedSafely's headers: no public ACL,
 * no signed or direct bucket URLs, no browser uploads to the bucket; the bucket stays private.
 * The plugin's fields (`prefix`, `_objectKey`) are in the schema in both modes, so one set of
 * migrations fits either.
 */
export const uploadStorage = () => {
  const settings = s3Settings()
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    config: settings?.client ?? {},
    collections: Object.fromEntries(uploadCollections.map((slug) => [slug, { prefix: slug }])),
  })
}
