import type { Payload } from 'payload'
import { z } from 'zod'

import { countryCodes } from '@/fields/countries'
import { locales } from '@/i18n/locales'
import { emailOrigin } from '@/mail/origin'
import type { FormErrorKey } from '@/public-forms/problemText'
import { consentGiven, emailAddress, honeypot } from '@/public-forms/fields'

import { practiceSettings, practiceTextLimits } from '@collections/Practices'
import { sendReceipts } from './receipts'

/** The wording the submitter agrees to, versioned like the newsletter's (stored with the practice). */
export const practiceConsentVersion = 'practice-submission-2026-11'

const text = (max: number) => z.string().trim().min(1).max(max)
const optionalText = (max: number) => z.string().trim().max(max).optional()
const limits = practiceTextLimits

/** The public form's fields (JSON or an HTML form post). */
export const practiceSubmission = z.object({
  locale: z.enum(locales).default('en'),
  title: text(limits.title),
  country: z.enum(countryCodes),
  setting: z
    .union([z.enum(practiceSettings), z.array(z.enum(practiceSettings))])
    .transform((value) => [...new Set([value].flat())]),
  targetGroup: text(limits.targetGroup),
  approach: text(limits.approach),
  evidence: optionalText(limits.evidence),
  contactName: text(limits.contactName),
  organisation: optionalText(limits.organisation),
  email: emailAddress,
  consent: consentGiven,
  website: honeypot,
})

/** What a person is told when a field is refused (the `formErrors` messages). */
export const practiceFieldMessages = {
  title: 'practiceTitle',
  country: 'country',
  setting: 'setting',
  targetGroup: 'targetGroup',
  approach: 'approach',
  evidence: 'evidence',
  contactName: 'contactName',
  organisation: 'organisation',
  email: 'email',
  consent: 'practiceConsent',
} as const satisfies Partial<Record<keyof z.input<typeof practiceSubmission>, FormErrorKey>>

export type PracticeSubmission = z.output<typeof practiceSubmission>

/**
 * Stores a submission for moderation (never public until an editor publishes it), then tells the
 * submitter and the editors by email. The practice is kept even if an email cannot be sent.
 */
export const submitPractice = async (payload: Payload, data: PracticeSubmission, ipHash: string) => {
  const practice = await payload.create({
    collection: 'practices',
    locale: data.locale,
    data: {
      title: data.title,
      country: data.country,
      setting: data.setting,
      targetGroup: data.targetGroup,
      approach: data.approach,
      evidence: data.evidence || undefined,
      contact: { name: data.contactName, organisation: data.organisation || undefined, email: data.email },
      moderationStatus: 'submitted',
      submission: {
        receivedAt: new Date().toISOString(),
        locale: data.locale,
        consentVersion: practiceConsentVersion,
        ipHash,
      },
    },
    depth: 0,
  })
  try {
    await sendReceipts(payload, practice.id, data, await emailOrigin(payload))
  } catch (error) {
    payload.logger.error({ err: error }, `practice ${practice.id}: the submission emails could not be sent`)
  }
  return practice
}
