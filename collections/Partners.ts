import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { staffField } from '@/access/rules'
import { countryField } from '@/fields/countries'
import { urlField } from '@/fields/link'

export const partnerRoles = ['coordinator', 'partner', 'associated'] as const

export const Partners: CollectionConfig = {
  slug: 'partners',
  access: collectionPolicy.partners,
  orderable: true,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'shortName', 'role', 'country'], group: 'Project' },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    { name: 'shortName', type: 'text', required: true, unique: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      // A partner member edits its own profile, but not its standing in the consortium.
      access: { update: staffField },
      options: [
        { label: 'Coordinator', value: 'coordinator' },
        { label: 'Partner', value: 'partner' },
        { label: 'Associated partner', value: 'associated' },
      ],
    },
    countryField({ admin: { description: 'Leave empty for a European network' } }),
    { name: 'logo', type: 'upload', relationTo: 'media' },
    urlField('website'),
    { name: 'description', type: 'textarea', localized: true },
  ],
}
