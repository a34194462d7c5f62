import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

/**
 * A SEN deliverable's PDF must be a restricted document: otherwise the file URL would hand the
 * public what the deliverable's own access rule hides. Both sides are checked on the document as
 * it will be saved (the stored one with the request's changes), not on the request alone: a
 * request that changes only the file, only the level, or only the document's flag counts too.
 */

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? value.id : value)

const refuse = (req: PayloadRequest, collection: 'deliverables' | 'documents', path: string, message: string) =>
  new ValidationError({ collection, errors: [{ path, message }], req })

/** On deliverables: a SEN deliverable's file is a restricted document. */
export const sensitiveFilesAreRestricted: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const saved = { ...originalDoc, ...data }
  const fileId = idOf(saved.file)
  if (saved.disseminationLevel !== 'SEN' || (typeof fileId !== 'number' && typeof fileId !== 'string')) return data
  const file = await req.payload.findByID({ collection: 'documents', id: fileId, req, depth: 0, overrideAccess: true })
  if (!file.restricted)
    throw refuse(req, 'deliverables', 'file', 'A SEN deliverable needs a document marked "restricted" (partners only).')
  return data
}

/** On documents: a document that a SEN deliverable uses stays restricted. */
export const sensitiveFilesStayRestricted: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || { ...originalDoc, ...data }.restricted) return data
  const { totalDocs } = await req.payload.count({
    collection: 'deliverables',
    where: { and: [{ file: { equals: originalDoc.id } }, { disseminationLevel: { equals: 'SEN' } }] },
    req,
    overrideAccess: true,
  })
  if (totalDocs)
    throw refuse(
      req,
      'documents',
      'restricted',
      'A SEN deliverable uses this document: it must stay restricted (partners only).',
    )
  return data
}
