import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { withPrivateFields } from '@/access/privateFields'
import { countryField } from '@/fields/countries'
import { locales } from '@/i18n/locales'

import { participantRoleOptions } from '../audiences'
import { issueOnCompletion, markCompletion } from '../certificates/completionHooks'
import { registrationTextLimits } from '../registration/limits'

export const registrationStatuses = ['pending', 'registered', 'waiting', 'cancelled'] as const

export type RegistrationStatus = (typeof registrationStatuses)[number]

const readOnlyDate = { type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } } as const

/**
 * The participants of an edition: personal data, never public nor shown to partners (see the
 * access policy). Written by the public registration, its confirmation and cancellation links;
 * organisers read them and mark attendance.
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  access: collectionPolicy.registrations,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'edition', 'status', 'queuedAt'],
    group: 'Training',
  },
  hooks: { beforeChange: [markCompletion], afterChange: [issueOnCompletion] },
  fields: withPrivateFields('registrations', [
    { name: 'edition', type: 'relationship', relationTo: 'course-editions', required: true, index: true },
    { name: 'name', type: 'text', required: true, maxLength: registrationTextLimits.name },
    { name: 'email', type: 'email', required: true, index: true },
    { name: 'organisation', type: 'text', maxLength: registrationTextLimits.organisation },
    countryField({ required: true }),
    { name: 'role', type: 'select', required: true, options: participantRoleOptions },
    { name: 'locale', type: 'select', required: true, defaultValue: 'en', options: [...locales] },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { label: 'Waiting for email confirmation', value: 'pending' },
        { label: 'Registered', value: 'registered' },
        { label: 'Waiting list', value: 'waiting' },
        { label: 'Cancelled', value: 'cancelled' },
      ],
    },
    { name: 'statusChangedAt', ...readOnlyDate },
    {
      name: 'queuedAt',
      ...readOnlyDate,
      index: true,
      admin: { ...readOnlyDate.admin, description: 'When the email was confirmed: the order of the waiting list.' },
    },
    {
      name: 'attendance',
      type: 'array',
      admin: { description: 'The sessions attended, marked by the organisers.' },
      fields: [
        {
          name: 'session',
          type: 'number',
          required: true,
          min: 1,
          admin: { description: "The session's number in the edition: 1 for the first." },
        },
      ],
    },
    {
      name: 'completedAt',
      ...readOnlyDate,
      admin: { ...readOnlyDate.admin, description: "Set when the attendance meets the course's rule." },
    },
    {
      name: 'reminded',
      type: 'array',
      admin: { readOnly: true, description: 'The sessions a reminder was sent for.' },
      fields: [{ name: 'session', type: 'number', required: true }],
    },
    {
      name: 'consent',
      type: 'group',
      admin: { description: 'What the participant agreed to, and when.' },
      fields: [
        { name: 'text', type: 'textarea', admin: { readOnly: true } },
        { name: 'requestedAt', ...readOnlyDate, label: 'Registered at' },
        { name: 'confirmedAt', ...readOnlyDate, label: 'Email confirmed at' },
        {
          name: 'ipHash',
          type: 'text',
          admin: { readOnly: true, description: 'Salted hash of the IP address; the address itself is not kept' },
        },
      ],
    },
  ]),
}
