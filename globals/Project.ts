import type { GlobalConfig } from 'payload'

import { globalPolicy } from '@/access/policy'
import { urlField } from '@/fields/link'

/** The project's factsheet: shared by every site, the public API and the partner widget. */
export const Project: GlobalConfig = {
  slug: 'project',
  access: globalPolicy.project,
  versions: { max: 20 },
  admin: { group: 'Project' },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'acronym', type: 'text', required: true },
      ],
    },
    { name: 'fullTitle', type: 'text', required: true, localized: true },
    { name: 'tagline', type: 'text', localized: true },
    { name: 'summary', type: 'textarea', localized: true },
    {
      name: 'funding',
      type: 'group',
      fields: [
        { name: 'programme', type: 'text', localized: true },
        {
          name: 'body',
          type: 'text',
          localized: true,
          admin: { description: 'e.g. DG Home Affairs, European Commission' },
        },
        { name: 'grantNumber', type: 'text' },
        { name: 'statement', type: 'text', localized: true, admin: { description: 'Shown beside the EU emblem' } },
        { name: 'disclaimer', type: 'textarea', localized: true },
      ],
    },
    {
      name: 'timeframe',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'end', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
          ],
        },
        {
          name: 'note',
          type: 'textarea',
          localized: true,
          admin: { description: 'Where other sources give other dates, say which are official.' },
        },
      ],
    },
    { name: 'coordinator', type: 'relationship', relationTo: 'partners' },
    urlField('website', { label: 'Official project website' }),
  ],
}
