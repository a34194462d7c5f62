import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { withPrivateFields } from '@/access/privateFields'
import { locales } from '@/i18n/locales'

/**
 * The newsletter sender's ledger: one document per Resend batch call (at most 100 emails),
 * written before the call with the exact recipients, so a sender that dies mid-run resends the
 * same batch under the same idempotency key instead of guessing who already got the issue.
 */
export const NewsletterBatches: CollectionConfig = {
  slug: 'newsletter-batches',
  labels: { singular: 'Delivery batch', plural: 'Deliveries' },
  access: collectionPolicy['newsletter-batches'],
  admin: {
    group: 'Newsletter',
    defaultColumns: ['newsletter', 'sequence', 'locale', 'status', 'sentAt'],
    description: 'Every newsletter email sent, per subscriber, in the batches the sender made.',
  },
  defaultSort: 'sequence',
  indexes: [{ fields: ['newsletter', 'sequence'], unique: true }],
  fields: withPrivateFields('newsletter-batches', [
    { name: 'newsletter', type: 'relationship', relationTo: 'newsletters', required: true, index: true },
    { name: 'sequence', type: 'number', required: true, min: 1 },
    { name: 'locale', type: 'select', required: true, options: [...locales] },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      options: [
        { label: 'Planned', value: 'planned' },
        { label: 'Sent', value: 'sent' },
        { label: 'Failed', value: 'failed' },
      ],
    },
    { name: 'attempts', type: 'number', defaultValue: 0, min: 0 },
    { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lastError', type: 'text' },
    {
      name: 'deliveries',
      type: 'array',
      fields: [
        { name: 'subscriber', type: 'relationship', relationTo: 'subscribers' },
        { name: 'email', type: 'email', required: true },
        { name: 'resendId', type: 'text', index: true },
        {
          name: 'outcome',
          type: 'select',
          defaultValue: 'queued',
          options: [
            { label: 'Queued', value: 'queued' },
            { label: 'Sent', value: 'sent' },
            { label: 'Bounced', value: 'bounced' },
            { label: 'Complained', value: 'complained' },
          ],
        },
      ],
    },
  ]),
}
