import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { historyVersions } from '@/fields/publishing'
import { countryField } from '@/fields/countries'

export const WorkPackages: CollectionConfig = {
  slug: 'work-packages',
  labels: { singular: 'Work package', plural: 'Work packages' },
  access: collectionPolicy['work-packages'],
  versions: historyVersions,
  defaultSort: 'number',
  admin: { useAsTitle: 'title', defaultColumns: ['number', 'title', 'lead', 'durationMonths'], group: 'Project' },
  fields: [
    {
      name: 'number',
      type: 'number',
      required: true,
      unique: true,
      min: 1,
      max: 99,
      admin: { description: '1 for WP1' },
    },
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'description', type: 'textarea', localized: true },
    { name: 'lead', type: 'relationship', relationTo: 'partners', required: true },
    { name: 'durationMonths', type: 'number', min: 1, label: 'Duration (months)' },
    countryField({ admin: { description: 'Country of the lead partner' } }),
    { name: 'deliverables', type: 'join', collection: 'deliverables', on: 'workPackage', defaultSort: 'code' },
  ],
}
