import type { CollectionBeforeOperationHook } from 'payload'

import { Refusal } from '@/refusal'

/** Refuses an upload over `bytes` with a 413 and a readable limit, before anything is written. */
export const maxUploadSize =
  (bytes: number): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if ((operation === 'create' || operation === 'update') && req.file && req.file.size > bytes) {
      const mb = Math.round(bytes / 1024 / 1024)
      throw new Refusal('FileTooLarge', `The file is too large: the limit is ${mb} MB.`, 413)
    }
    return args
  }
