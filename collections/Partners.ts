import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { historyVersions } from '@/fields/publishing'
import { staffField } from '@/access/rules'
import { countryField } from '@/fields/countries'
import { urlField } from '@/fields/link'

export const partnerRoles = ['coordinator', 'partner', 'associated'] as const

const partnerRoleLabels: Record<(typeof partnerRoles)[number], string> = {
  coordinator: 'Coordinator',
  partner: 'Partner',
  associated: 'Associated partner',
}

export const Partners: CollectionConfig = {
  slug: 'partners',
  access: collectionPolicy.partners,
  versions: historyVersions,
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
      options: partnerRoles.map((value) => ({ label: partnerRoleLabels[value], value })),
    },
    countryField({ admin: { description: 'Leave empty for a European network' } }),
    { name: 'logo', type: 'upload', relationTo: 'media' },
    urlField('website'),
    { name: 'description', type: 'textarea', localized: true },
  ],
}
