import path from 'node:path'

/** Uploaded files live beside the SQLite file, outside the source tree; UPLOADS_DIR moves them. */
export const uploadsDir = path.resolve(
  // A runtime location, not a source: keep the bundler from tracing the whole project.
  /*turbopackIgnore: true*/ process.env.UPLOADS_DIR || path.join(process.cwd(), 'data', 'uploads'),
)

/** The upload collections. Each one's files sit in a folder named after it: on disk and in the bucket alike. */
export const uploadCollections = ['media', 'documents'] as const
export type UploadCollection = (typeof uploadCollections)[number]

export const uploadFolder = (collection: UploadCollection) => path.join(uploadsDir, collection)
