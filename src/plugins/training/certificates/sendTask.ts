import type { TaskConfig } from 'payload'

import { translator } from '@/i18n/messages'
import { renderEmail } from '@/mail/layout'
import { fundingStatement } from '@/mail/text'
import { mailFrom, mailTransport } from '@/mail/transport'

import { trainingLinks } from '../links'
import { participantToken } from '../registration/tokens'
import { renderCertificate } from './render'
import { certificateDownloadUrl } from './download'

/**
 * The certificate's email, with the PDF attached and the link to the participant's page (where
 * it can be downloaded again). Retried with back-off by Payload's job runner; a revoked
 * certificate is not sent.
 */
export const sendCertificateTask: TaskConfig<'sendCertificate'> = {
  slug: 'sendCertificate',
  label: 'Send a training certificate',
  inputSchema: [
    { name: 'certificate', type: 'text', required: true },
    { name: 'origin', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const certificate = await payload.findByID({
      collection: 'certificates',
      id: input.certificate,
      depth: 0,
      disableErrors: true,
    })
    if (!certificate || certificate.revoked) return { output: { outcome: 'no longer needed' } }
    const { pdf, registration, edition, course, locale, fileName } = await renderCertificate(
      payload,
      certificate,
      input.origin,
    )
    const t = translator(locale, 'certificate')
    const mail = translator(locale, 'trainingMail')
    const token = participantToken(registration.id)
    const { html, text } = renderEmail({
      lang: locale,
      title: t('mailSubject'),
      blocks: [
        { kind: 'paragraph', text: t('mailIntro', { edition: edition.title, course: course.title }) },
        { kind: 'button', label: t('download'), url: certificateDownloadUrl(input.origin, token) },
      ],
      funding: await fundingStatement(payload, locale),
      footer: [
        {
          text: mail('participantText'),
          url: (await trainingLinks(payload, input.origin, locale)).participant(token),
          label: mail('participantLabel'),
        },
      ],
    })
    await mailTransport().send({
      from: mailFrom(),
      to: registration.email,
      subject: t('mailSubject'),
      html,
      text,
      attachments: [{ filename: fileName, content: Buffer.from(pdf).toString('base64') }],
    })
    return { output: { outcome: 'sent' } }
  },
}
