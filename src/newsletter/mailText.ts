import { createTranslator } from 'next-intl'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import de from '@/i18n/messages/de.json'
import en from '@/i18n/messages/en.json'
import fr from '@/i18n/messages/fr.json'
import nl from '@/i18n/messages/nl.json'
import pt from '@/i18n/messages/pt.json'

const messages = { en, fr, de, pt, nl }

/** The `mail` strings in one language, outside any request (emails are also sent by jobs). */
export const mailText = (locale: Locale) => createTranslator({ locale, messages: messages[locale], namespace: 'mail' })

/** "Funded by the European Union" and the project's disclaimer, in the email's language. */
export const fundingStatement = async (payload: Payload, locale: Locale) => {
  const project = await payload.findGlobal({ slug: 'project', locale, depth: 0 })
  return { statement: messages[locale].site.fundedBy, disclaimer: project.funding?.disclaimer ?? undefined }
}
