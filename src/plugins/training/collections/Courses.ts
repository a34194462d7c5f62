import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { historyVersions } from '@/fields/publishing'

import { participantRoleOptions } from '../audiences'

export const completionRules = ['all-sessions', 'minimum-sessions'] as const

/** A training course: what it teaches, to whom, and when a participant has completed it. */
export const Courses: CollectionConfig = {
  slug: 'courses',
  access: collectionPolicy.courses,
  versions: historyVersions,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'hours', 'updatedAt'], group: 'Training' },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    { name: 'slug', type: 'text', required: true, unique: true, index: true },
    { name: 'description', type: 'textarea', localized: true },
    {
      name: 'audiences',
      type: 'select',
      hasMany: true,
      options: participantRoleOptions,
      admin: { description: 'Who may register: the roles offered on the registration form.' },
    },
    {
      name: 'learningOutcomes',
      type: 'array',
      admin: { description: 'Not in the sources: to be filled in by the organisers.' },
      fields: [{ name: 'outcome', type: 'text', required: true, localized: true }],
    },
    {
      name: 'hours',
      type: 'number',
      min: 0,
      admin: { description: 'Printed on the certificates. Not in the sources: to be filled in by the organisers.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'completionRule',
          type: 'select',
          required: true,
          defaultValue: 'all-sessions',
          options: [
            { label: 'Every session attended', value: 'all-sessions' },
            { label: 'A minimum number of sessions attended', value: 'minimum-sessions' },
          ],
        },
        {
          name: 'minimumSessions',
          type: 'number',
          min: 1,
          admin: { condition: (_, siblingData) => siblingData?.completionRule === 'minimum-sessions' },
        },
      ],
    },
  ],
}
