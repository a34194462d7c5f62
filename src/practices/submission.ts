import type { Payload } from 'payload'
import { z } from 'zod'

import { countryCodes } from '@/fields/countries'
import { locales, type Locale } from '@/i18n/locales'
import { renderEmail } from '@/mail/layout'
import { mailFrom, mailTransport } from '@/mail/transport'
import { emailOrigin } from '@/mail/origin'
import { fundingStatement, mailText } from '@/mail/text'
import type { FormErrorKey } from '@/public-forms/problemText'
import { formBoolean } from '@/public-forms/readBody'

/** The wording the submitter agrees to, versioned like the newsletter's (stored with the practice). */
export const practiceConsentVersion = 'practice-submission-2026-11'

const settings = ['prison', 'probation', 'community'] as const

const text = (max: number) => z.string().trim().min(1).max(max)

/** The public form's fields (JSON or an HTML form post). */
export const practiceSubmission = z.object({
  locale: z.enum(locales).default('en'),
  title: text(200),
  country: z.enum(countryCodes),
  setting: z.union([z.enum(settings), z.array(z.enum(settings))]).transform((value) => [...new Set([value].flat())]),
  targetGroup: text(200),
  approach: text(5000),
  evidence: z.string().trim().max(5000).optional(),
  contactName: text(200),
  organisation: z.string().trim().max(200).optional(),
  email: z.email().max(254),
  consent: formBoolean.refine((given) => given, 'consent not given'),
  website: z.string().max(500).optional(),
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
    await notify(payload, practice.id, data, await emailOrigin(payload))
  } catch (error) {
    payload.logger.error({ err: error }, `practice ${practice.id}: the submission emails could not be sent`)
  }
  return practice
}

/**
 * The receipt goes to whatever address the form names, unverified: it says only what the site
 * says, never what the sender typed, so the form cannot relay anyone's text to anyone. The
 * editors' notice does carry the submission: it goes to staff only.
 */
const notify = async (payload: Payload, id: number | string, data: PracticeSubmission, origin: string) => {
  const locale: Locale = data.locale
  const t = mailText(locale)
  const receipt = renderEmail({
    lang: locale,
    title: t('practiceReceivedTitle'),
    blocks: [{ kind: 'paragraph', text: t('practiceReceivedText') }],
    funding: await fundingStatement(payload, locale),
  })
  await mailTransport().send({
    from: mailFrom(),
    to: data.email,
    subject: t('practiceReceivedSubject'),
    ...receipt,
  })

  const { docs: editors } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['editor', 'admin'] } },
    pagination: false,
    depth: 0,
  })
  if (!editors.length) return
  const en = mailText('en')
  const review = `${origin}/admin/collections/practices/${id}`
  const notice = renderEmail({
    lang: 'en',
    title: en('practiceNotifyTitle'),
    blocks: [
      { kind: 'paragraph', text: en('practiceNotifyText') },
      {
        kind: 'fields',
        rows: [
          { label: 'Title', value: data.title },
          { label: 'Country', value: data.country },
          { label: 'Setting', value: data.setting.join(', ') },
          { label: 'Target group', value: data.targetGroup },
          { label: 'Language', value: data.locale },
          { label: 'Organisation', value: data.organisation ?? '' },
        ],
      },
      { kind: 'button', label: en('practiceReview'), url: review },
    ],
    funding: await fundingStatement(payload, 'en'),
  })
  await mailTransport().send({
    from: mailFrom(),
    to: editors.map((editor) => editor.email),
    subject: en('practiceNotifySubject', { title: data.title }),
    ...notice,
  })
}
