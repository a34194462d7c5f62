import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { withPrivateFields } from '@/access/privateFields'
import { locales } from '@/i18n/locales'

import { eraseSubscriberTraces } from '../subscribers/eraseSubscriberTraces'

const readOnlyDate = { type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } } as const

/**
 * Newsletter subscribers: personal data, never public (see the access policy). Written by the
 * public sign-up, confirm and unsubscribe endpoints and by Resend's webhooks; editors only read
 * them (and may delete one on request).
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  access: collectionPolicy.subscribers,
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'locale', 'status', 'createdAt'], group: 'Newsletter' },
  hooks: { beforeDelete: [eraseSubscriberTraces] },
  fields: withPrivateFields('subscribers', [
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
    { name: 'statusChangedAt', ...readOnlyDate },
    { name: 'statusReason', type: 'text', admin: { readOnly: true } },
    {
      name: 'consent',
      type: 'group',
      admin: { description: 'What the subscriber agreed to, and when: the GDPR record.' },
      fields: [
        {
          name: 'text',
          type: 'textarea',
          admin: { readOnly: true, description: 'The consent wording shown on the form' },
        },
        { name: 'version', type: 'text', admin: { readOnly: true, description: 'Version of that wording' } },
        {
          name: 'source',
          type: 'text',
          admin: { readOnly: true, description: 'Where they signed up: website or widget' },
        },
        { name: 'requestedAt', ...readOnlyDate, label: 'Signed up at' },
        { name: 'confirmationSentAt', ...readOnlyDate, label: 'Confirmation email sent at' },
        { name: 'confirmedAt', ...readOnlyDate, label: 'Confirmation link clicked at' },
        {
          name: 'ipHash',
          type: 'text',
          admin: {
            readOnly: true,
            description: 'Salted hash of the sign-up IP address; the address itself is not kept',
          },
        },
      ],
    },
  ]),
}
