import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { historyVersions } from '@/fields/publishing'

/** A list of localised sentences that editors reorder by drag and drop (objectives, outcomes). */
export const orderedStatements = (
  slug: 'objectives' | 'outcomes',
  labels: { singular: string; plural: string },
): CollectionConfig => ({
  slug,
  labels,
  access: collectionPolicy[slug],
  versions: historyVersions,
  orderable: true,
  admin: { useAsTitle: 'text', group: 'Project' },
  fields: [{ name: 'text', type: 'textarea', required: true, localized: true }],
})
