import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { historyVersions } from '@/fields/publishing'
import { urlField } from '@/fields/link'
import { sensitiveFilesAreRestricted } from '@/uploads/sensitiveFiles'

export const deliverableTypes = ['report', 'demonstrator', 'other'] as const

export const Deliverables: CollectionConfig = {
  slug: 'deliverables',
  access: collectionPolicy.deliverables,
  versions: historyVersions,
  defaultSort: 'code',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'workPackage', 'disseminationLevel', 'dueMonth'],
    group: 'Project',
  },
  hooks: { beforeChange: [sensitiveFilesAreRestricted] },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      validate: (value: unknown) => /^D\d{1,2}\.\d{1,2}$/.test(String(value ?? '')) || 'Use the form D2.1.',
    },
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'workPackage', type: 'relationship', relationTo: 'work-packages', required: true },
    {
      name: 'type',
      type: 'select',
      required: true,
      options: deliverableTypes.map((value) => ({ label: value[0].toUpperCase() + value.slice(1), value })),
    },
    {
      name: 'disseminationLevel',
      type: 'select',
      required: true,
      defaultValue: 'PU',
      options: [
        { label: 'PU: public', value: 'PU' },
        { label: 'SEN: sensitive, partners only', value: 'SEN' },
      ],
    },
    { name: 'dueMonth', type: 'number', min: 1, max: 60, admin: { description: 'Project month, 1 = start' } },
    { name: 'deliveredDate', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'file', type: 'upload', relationTo: 'documents' },
    urlField('doi', { label: 'DOI link' }),
  ],
}
