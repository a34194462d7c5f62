import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'

/**
 * A certificate given to a participant who completed an edition. Its code is printed on the PDF
 * and checked on the public verification page; editors revoke one by ticking `revoked`.
 */
export const Certificates: CollectionConfig = {
  slug: 'certificates',
  access: collectionPolicy.certificates,
  admin: { useAsTitle: 'code', defaultColumns: ['code', 'registration', 'issuedAt', 'revoked'], group: 'Training' },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    {
      name: 'registration',
      type: 'relationship',
      relationTo: 'registrations',
      required: true,
      unique: true,
      admin: { readOnly: true },
    },
    { name: 'issuedAt', type: 'date', required: true, admin: { readOnly: true } },
    { name: 'revoked', type: 'checkbox', defaultValue: false },
    { name: 'revokedReason', type: 'text', admin: { condition: (_, siblingData) => Boolean(siblingData?.revoked) } },
  ],
}
