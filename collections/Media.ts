import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { responsiveSizes } from '@/uploads/responsiveSizes'
import { maxUploadSize, uploadLimits } from '@/uploads/sizeLimits'
import { uploadFolder } from '@/uploads/directory'
import { explainStorageFailures, refuseUploadsWhileStorageDown } from '@/uploads/storageOutage'
import { servedSafely } from '@/uploads/servedSafely'

/** Images: alt text is required in every locale's fallback chain, so nothing ships without it. */
export const Media: CollectionConfig = {
  slug: 'media',
  access: collectionPolicy.media,
  admin: { group: 'Files' },
  hooks: {
    beforeOperation: [maxUploadSize(uploadLimits.media), refuseUploadsWhileStorageDown],
    afterError: [explainStorageFailures],
  },
  upload: {
    staticDir: uploadFolder('media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'image/avif'],
    imageSizes: responsiveSizes,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    modifyResponseHeaders: servedSafely('media'),
  },
  fields: [
    { name: 'alt', type: 'text', required: true, localized: true },
    { name: 'credit', type: 'text', localized: true },
  ],
}
