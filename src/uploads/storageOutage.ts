import type { CollectionAfterErrorHook, CollectionBeforeOperationHook } from 'payload'

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
