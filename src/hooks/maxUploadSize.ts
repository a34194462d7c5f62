import type { CollectionBeforeOperationHook, Config } from 'payload'

import { Refusal } from '@/refusal'

const megabyte = 1024 * 1024

/** The largest file each upload collection takes. */
export const uploadLimits = { media: 10 * megabyte, documents: 25 * megabyte }

const tooLarge = (bytes: number) =>
  new Refusal('FileTooLarge', `The file is too large: the limit is ${Math.round(bytes / megabyte)} MB.`, 413)

/** Refuses an upload over the collection's limit with a 413 and a readable limit, before anything is written. */
export const maxUploadSize =
  (bytes: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if ((operation === 'create' || operation === 'update') && req.file && req.file.size > bytes) throw tooLarge(bytes)
    return args
  }

/**
 * Payload's multipart reader stops at the largest collection limit, in the same words. Its own
 * default (20 MB) sat below the documents' limit, so a 21–25 MB PDF was refused, unexplained.
 */
const largest = Math.max(...Object.values(uploadLimits))
export const uploadParsing: Config['upload'] = {
  limits: { fileSize: largest },
  limitHandler: () => {
    throw tooLarge(largest)
  },
}
