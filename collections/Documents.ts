import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { historyVersions } from '@/fields/publishing'
import { maxUploadSize, uploadLimits } from '@/uploads/sizeLimits'
import { sensitiveFilesStayRestricted } from '@/uploads/sensitiveFiles'
import { uploadFolder } from '@/uploads/directory'
import { explainStorageFailures, refuseUploadsWhileStorageDown } from '@/uploads/storageOutage'
import { servedSafely } from '@/uploads/servedSafely'

/** PDFs (deliverables, agendas). A restricted file is served to partners and staff only. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  access: collectionPolicy.documents,
  versions: historyVersions,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'filename', 'restricted'], group: 'Files' },
  hooks: {
    beforeOperation: [maxUploadSize(uploadLimits.documents), refuseUploadsWhileStorageDown],
    afterError: [explainStorageFailures],
    beforeChange: [sensitiveFilesStayRestricted],
  },
  upload: {
    staticDir: uploadFolder('documents'),
    mimeTypes: ['application/pdf'],
    modifyResponseHeaders: servedSafely('documents'),
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    {
      name: 'restricted',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Partners only: required for the file of a SEN (sensitive) deliverable.' },
    },
  ],
}
