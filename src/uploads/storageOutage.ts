import type { CollectionAfterErrorHook, CollectionBeforeOperationHook, Config } from 'payload'

import { Refusal } from '@/refusal'

import { uploadsReachable } from './reachable'

const unavailable = 'File storage is unavailable just now: nothing was saved. Please try again in a few minutes.'

/**
 * Refuses a create or update that carries a file with a 503 while the upload storage cannot be
 * reached, before anything is written: otherwise the document would be saved first and the
 * storage write would fail afterwards with an unexplained 500.
 */
export const refuseUploadsWhileStorageDown: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    try {
      await uploadsReachable()
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'upload refused: storage unreachable' })
      throw new Refusal('StorageUnavailable', unavailable, 503)
    }
  }
  return args
}

/**
 * When the storage fails after that check (mid-upload), the S3 write throws from the adapter's
 * afterChange hook and Payload rolls the document back: the answer says so, as a 503, instead of
 * "Something went wrong". Only the AWS SDK's errors carry `$metadata`.
 */
export const explainStorageFailures: CollectionAfterErrorHook = ({ error }) => {
  if ('$metadata' in error)
    return { status: 503, response: { errors: [{ name: 'StorageUnavailable', message: unavailable }] } }
}

type FileHandler = NonNullable<
  Extract<NonNullable<Config['collections']>[number]['upload'], object>['handlers']
>[number]

/**
 * A file read while the storage is down: the S3 adapter answers a bare 500; here, when the storage
 * is indeed unreachable, a 503 that says so (a reader or proxy knows to try again).
 */
const explainUnreadableFile =
  (handler: FileHandler): FileHandler =>
  (req, args) =>
    // The S3 adapter's handler always answers; without an answer there is no file (none is on disk).
    Promise.resolve(handler(req, args)).then<Response>((response) =>
      response ? explained(response) : new Response(null, { status: 404 }),
    )

const explained = async (response: Response) => {
  if (response.status !== 500) return response
  try {
    await uploadsReachable()
    return response
  } catch {
    return Response.json({ errors: [{ name: 'StorageUnavailable', message: unavailableForReading }] }, { status: 503 })
  }
}

const unavailableForReading = 'File storage is unavailable just now. Please try again in a few minutes.'

/** Every upload collection's file handlers, as the storage adapter set them, wrapped as above. */
export const explainUnreadableFiles = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    typeof collection.upload === 'object' && collection.upload.handlers
      ? {
          ...collection,
          upload: { ...collection.upload, handlers: collection.upload.handlers.map(explainUnreadableFile) },
        }
      : collection,
  ),
})
