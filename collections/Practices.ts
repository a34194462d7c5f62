import type { CollectionConfig, FieldHook } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { withPrivateFields } from '@/access/privateFields'
import { isStaff } from '@/access/roles'
import type { User } from '@/payload-types'
import { countryField } from '@/fields/countries'
import { locales } from '@/i18n/locales'
import { practicesSiteByDefault } from '@/hooks/practicesSiteByDefault'

const submitter = (req: { user?: unknown }) => req.user as User | null

/** Server-side writes without a user (seed, scripts) are trusted; requests are checked. */
const trusted = (req: { user?: unknown }) => !req.user || isStaff(submitter(req))

/** Whoever is not staff submits for moderation; only editors publish or reject. */
const moderatedByStaff: FieldHook = ({ req, value, originalDoc }) =>
  trusted(req) ? value : (originalDoc?.moderationStatus ?? 'submitted')

/** A submission is credited to the signed-in user who made it, whatever the request says. */
const creditedToSubmitter: FieldHook = ({ req, value, operation, originalDoc }) => {
  if (trusted(req)) return value
  return operation === 'create' ? (submitter(req)?.id ?? null) : originalDoc?.submittedBy
}

/** WP7 promising practices, shown on the `practices` site once an editor publishes them. */
export const Practices: CollectionConfig = {
  slug: 'practices',
  access: collectionPolicy.practices,
  hooks: { beforeValidate: [practicesSiteByDefault] },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'setting', 'moderationStatus'],
    group: 'Practice repository',
  },
  fields: withPrivateFields('practices', [
    { name: 'title', type: 'text', required: true, localized: true },
    countryField({ required: true }),
    {
      name: 'setting',
      type: 'select',
      hasMany: true,
      required: true,
      options: [
        { label: 'Prison', value: 'prison' },
        { label: 'Probation', value: 'probation' },
        { label: 'Community', value: 'community' },
      ],
    },
    { name: 'targetGroup', type: 'text', required: true, localized: true },
    { name: 'approach', type: 'textarea', required: true, localized: true },
    { name: 'evidence', type: 'textarea', localized: true },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'name', type: 'text' },
        { name: 'organisation', type: 'text' },
        { name: 'email', type: 'email' },
      ],
    },
    {
      name: 'submission',
      type: 'group',
      admin: {
        readOnly: true,
        condition: (data) => Boolean(data?.submission?.receivedAt),
        description: 'Sent through the public form on the practice repository.',
      },
      fields: [
        { name: 'receivedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'locale', type: 'select', options: [...locales], admin: { description: 'Language it was written in' } },
        { name: 'consentVersion', type: 'text' },
        {
          name: 'ipHash',
          type: 'text',
          admin: { description: 'Salted hash of the IP address; the address is not kept' },
        },
      ],
    },
    {
      name: 'submittedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar', readOnly: true },
      hooks: { beforeChange: [creditedToSubmitter] },
    },
    {
      name: 'moderationStatus',
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      admin: { position: 'sidebar' },
      hooks: { beforeChange: [moderatedByStaff] },
      options: [
        { label: 'Submitted', value: 'submitted' },
        { label: 'Published', value: 'published' },
        { label: 'Rejected', value: 'rejected' },
      ],
    },
  ]),
}
