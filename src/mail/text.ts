import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { messages, translator } from '@/i18n/messages'

/** The `mail` strings in one language, outside any request (emails are also sent by jobs). */
export const mailText = (locale: Locale) => translator(locale, 'mail')

/** "Funded by the European Union" and the project's disclaimer, in the email's language. */
export const fundingStatement = async (payload: Payload, locale: Locale) => {
  const project = await payload.findGlobal({ slug: 'project', locale, depth: 0 })
  return { statement: messages[locale].site.fundedBy, disclaimer: project.funding?.disclaimer ?? undefined }
}
