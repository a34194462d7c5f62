import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { renderEmail } from '@/mail/layout'
import { fundingStatement, mailText } from '@/mail/text'
import { mailFrom, mailTransport } from '@/mail/transport'

import type { PracticeSubmission } from './submission'

/**
 * The receipt goes to whatever address the form names, unverified: it says only what the site
 * says, never what the sender typed, so the form cannot relay anyone's text to anyone. The
 * editors' notice does carry the submission: it goes to staff only.
 */
export const sendReceipts = async (payload: Payload, id: number | string, data: PracticeSubmission, origin: string) => {
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
