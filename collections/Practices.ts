import type { CollectionConfig, FieldHook, PayloadRequest } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { historyVersions } from '@/fields/publishing'
import { withPrivateFields } from '@/access/privateFields'
import { isStaff, memberOf } from '@/access/roles'
import { countryField } from '@/fields/countries'
import { locales } from '@/i18n/locales'

/** Where a practice takes place; the public form offers the same choice. */
export const practiceSettings = ['prison', 'probation', 'community'] as const

/** The longest text each field takes: in the admin, on the public form and in its server check. */
export const practiceTextLimits = {
  title: 200,
  targetGroup: 200,
  approach: 5000,
  evidence: 5000,
  contactName: 200,
  organisation: 200,
} as const

const capitalised = (value: string) => value[0].toUpperCase() + value.slice(1)

/** Server-side writes without a user (seed, scripts) are trusted; requests are checked. */
const trusted = (req: PayloadRequest) => !req.user || isStaff(memberOf(req))

/** Whoever is not staff submits for moderation; only editors publish or reject. */
const moderatedByStaff: FieldHook = ({ req, value, originalDoc }) =>
  trusted(req) ? value : (originalDoc?.moderationStatus ?? 'submitted')

/** A submission is credited to the signed-in user who made it, whatever the request says. */
const creditedToSubmitter: FieldHook = ({ req, value, operation, originalDoc }) => {
  if (trusted(req)) return value
  return operation === 'create' ? (memberOf(req)?.id ?? null) : originalDoc?.submittedBy
}

/** WP7 promising practices, shown on the `practices` site once an editor publishes them. */
export const Practices: CollectionConfig = {
  slug: 'practices',
  access: collectionPolicy.practices,
  versions: historyVersions,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'setting', 'moderationStatus'],
    group: 'Practice repository',
  },
  fields: withPrivateFields('practices', [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: practiceTextLimits.title },
    countryField({ required: true }),
    {
      name: 'setting',
      type: 'select',
      hasMany: true,
      required: true,
      options: practiceSettings.map((value) => ({ label: capitalised(value), value })),
    },
    {
      name: 'targetGroup',
      type: 'text',
      required: true,
      localized: true,
      maxLength: practiceTextLimits.targetGroup,
    },
    {
      name: 'approach',
      type: 'textarea',
      required: true,
      localized: true,
      maxLength: practiceTextLimits.approach,
    },
    { name: 'evidence', type: 'textarea', localized: true, maxLength: practiceTextLimits.evidence },
    {
      name: 'contact',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', maxLength: practiceTextLimits.contactName },
        { name: 'organisation', type: 'text', maxLength: practiceTextLimits.organisation },
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
