import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { locales } from '@/i18n/locales'

/** Newsletter subscribers: personal data, never public (see the access policy). */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  access: collectionPolicy.subscribers,
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'locale', 'status', 'createdAt'], group: 'Newsletter' },
  fields: [
    { name: 'email', type: 'email', required: true, unique: true },
    { name: 'locale', type: 'select', required: true, defaultValue: 'en', options: [...locales] },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Pending confirmation', value: 'pending' },
        { label: 'Confirmed', value: 'confirmed' },
        { label: 'Unsubscribed', value: 'unsubscribed' },
        { label: 'Bounced', value: 'bounced' },
        { label: 'Complained', value: 'complained' },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      admin: { description: 'What the subscriber agreed to, and when: the GDPR record.' },
      fields: [
        { name: 'text', type: 'textarea', admin: { description: 'The consent wording shown on the form' } },
        { name: 'source', type: 'text', admin: { description: 'Where they signed up, e.g. website or widget' } },
        { name: 'requestedAt', type: 'date' },
        { name: 'confirmedAt', type: 'date' },
      ],
    },
  ],
}
