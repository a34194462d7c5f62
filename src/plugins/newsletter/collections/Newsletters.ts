import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { historyVersions } from '@/fields/publishing'
import { newsletterText } from '../admin/strings'
import { newsletterEndpoints } from '../admin/endpoints'
import { queueWhenScheduled } from '../sending/queueSending'

/** Newsletter issues. Sending (and the move to `sent`) belongs to the newsletter sender. */
export const Newsletters: CollectionConfig = {
  slug: 'newsletters',
  labels: { singular: 'Newsletter issue', plural: 'Newsletter issues' },
  access: collectionPolicy.newsletters,
  versions: historyVersions,
  defaultSort: '-number',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'status', 'scheduledFor', 'sentAt'],
    group: 'Newsletter',
    preview: (doc, { locale }) =>
      `/next/preview?path=${encodeURIComponent(`/${locale || 'en'}/newsletters/${String(doc.number)}`)}`,
  },
  hooks: { afterChange: [queueWhenScheduled] },
  endpoints: newsletterEndpoints,
  fields: [
    { name: 'number', type: 'number', required: true, unique: true, min: 1 },
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'subject', type: 'text', localized: true, admin: { description: 'Email subject line' } },
    { name: 'intro', type: 'richText', localized: true },
    { name: 'news', type: 'relationship', relationTo: 'news', hasMany: true, label: 'Selected news' },
    {
      name: 'actions',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/plugins/newsletter/admin/NewsletterActions#NewsletterActions' },
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      admin: { readOnly: true, position: 'sidebar', description: 'Changed by the actions above and by the sender.' },
      options: [
        { label: 'Draft', value: 'draft' },
        { label: 'Scheduled', value: 'scheduled' },
        { label: 'Sending', value: 'sending' },
        { label: 'Sent', value: 'sent' },
      ],
    },
    {
      name: 'scheduledFor',
      type: 'date',
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: ({ t }) => newsletterText(t)('newsletterActions:setBySchedule'),
      },
    },
    { name: 'sentAt', type: 'date', admin: { readOnly: true } },
    {
      name: 'sending',
      type: 'group',
      admin: { readOnly: true, description: 'Kept by the sender: who receives this issue, and progress.' },
      fields: [
        {
          name: 'startedAt',
          type: 'date',
          admin: { description: 'Subscribers confirmed before this moment receive the issue' },
        },
        {
          name: 'leaseUntil',
          type: 'date',
          admin: { description: 'A running sender renews this; a stale one is resumed' },
        },
        { name: 'recipients', type: 'number', min: 0 },
        { name: 'delivered', type: 'number', min: 0 },
      ],
    },
  ],
}
