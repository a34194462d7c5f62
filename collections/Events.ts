import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { localizedSlug } from '@/fields/slug'
import { countryField } from '@/fields/countries'
import { urlField } from '@/fields/link'
import { publishingVersions } from '@/fields/publishing'
import { previewOn } from '@/preview/previewUrl'

export const eventTypes = ['conference', 'webinar', 'training', 'roundtable', 'discussion'] as const

const eventTypeLabels: Record<(typeof eventTypes)[number], string> = {
  conference: 'Conference',
  webinar: 'Webinar',
  training: 'Training course edition',
  roundtable: 'Roundtable',
  discussion: 'Discussion',
}

const endsAfterStart = (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
  !value ||
  !siblingData.startsAt ||
  new Date(String(value)) >= new Date(String(siblingData.startsAt)) ||
  'The end must not be before the start.'

export const Events: CollectionConfig = {
  slug: 'events',
  access: collectionPolicy.events,
  defaultSort: '-startsAt',
  versions: publishingVersions,
  admin: {
    ...previewOn('events'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', 'startsAt', 'sites', '_status'],
    group: 'Events',
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    localizedSlug(),
    {
      name: 'type',
      type: 'select',
      required: true,
      options: eventTypes.map((value) => ({ label: eventTypeLabels[value], value })),
    },
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'body', type: 'richText', localized: true },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          timezone: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          timezone: true,
          validate: endsAfterStart,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'allDay',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Show dates only: the times are not set.' },
    },
    { name: 'online', type: 'checkbox', defaultValue: false },
    {
      name: 'venue',
      type: 'group',
      admin: { condition: (_, siblingData) => !siblingData?.online },
      fields: [
        { name: 'name', type: 'text', localized: true },
        { name: 'city', type: 'text', localized: true },
        countryField(),
      ],
    },
    urlField('onlineUrl', {
      label: 'Online link',
      admin: { condition: (_, siblingData) => Boolean(siblingData?.online) },
    }),
    urlField('registrationUrl', { label: 'Registration link' }),
    { name: 'organiser', type: 'relationship', relationTo: 'partners' },
    { name: 'agenda', type: 'upload', relationTo: 'documents' },
    { name: 'audience', type: 'textarea', localized: true },
  ],
}
