import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { historyVersions } from '@/fields/publishing'
import { withPrivateFields } from '@/access/privateFields'
import { countryField } from '@/fields/countries'
import { urlField } from '@/fields/link'

import { participantsCsv } from '../organisers/participantsCsv'

const sessionDate = {
  type: 'date',
  timezone: true,
  admin: { date: { pickerAppearance: 'dayAndTime' } },
} as const

/**
 * One run of a course: its sessions (in the organiser's time zone), its seats, where it happens and
 * when registration is open. The joining link is private: it reaches participants only by email
 * and on their own page.
 */
export const CourseEditions: CollectionConfig = {
  slug: 'course-editions',
  access: collectionPolicy['course-editions'],
  versions: historyVersions,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'course', 'capacity'], group: 'Training' },
  defaultSort: 'slug',
  endpoints: [participantsCsv],
  fields: withPrivateFields('course-editions', [
    { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true },
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'slug', type: 'text', required: true, unique: true, index: true },
    {
      name: 'sessions',
      type: 'array',
      required: true,
      minRows: 1,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'startsAt', required: true, ...sessionDate },
            { name: 'endsAt', ...sessionDate },
          ],
        },
        {
          name: 'allDay',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: 'Show the date only: the times are not set.' },
        },
      ],
    },
    {
      name: 'capacity',
      type: 'number',
      required: true,
      min: 1,
      admin: { description: 'Seats; beyond them, a waiting list.' },
    },
    {
      type: 'row',
      fields: [
        { name: 'registrationOpensAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'registrationClosesAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'online', type: 'checkbox', defaultValue: false },
    urlField('joiningUrl', {
      label: 'Joining link',
      admin: {
        condition: (_, siblingData) => Boolean(siblingData?.online),
        description: 'Sent to registered participants only; never shown publicly.',
      },
    }),
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
    { name: 'event', type: 'relationship', relationTo: 'events', admin: { description: 'Its announcement.' } },
  ]),
}
