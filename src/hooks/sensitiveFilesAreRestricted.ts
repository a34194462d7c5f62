import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

/**
 * A SEN deliverable's PDF must be a restricted document: otherwise the file URL would hand the
 * public what the deliverable's own access rule hides.
 */
export const sensitiveFilesAreRestricted: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (data.disseminationLevel !== 'SEN' || !data.file) return data
  const fileId = typeof data.file === 'object' ? data.file.id : data.file
  const file = await req.payload.findByID({ collection: 'documents', id: fileId, req, depth: 0, overrideAccess: true })
  if (!file.restricted) {
    throw new ValidationError({
      collection: 'deliverables',
      errors: [{ path: 'file', message: 'A SEN deliverable needs a document marked "restricted" (partners only).' }],
      req,
    })
  }
  return data
}
