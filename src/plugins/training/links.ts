import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { siteLanguage } from '@/plugins/site-tenancy/resolveSite'

const withToken = (url: string, token: string) => `${url}?token=${encodeURIComponent(token)}`

/**
 * The addresses training emails link to, on `origin` (see src/mail/origin.ts): the project site's
 * pages in the participant's language, or in the site's first one if it is not published in theirs
 * (a partner's page in Portuguese may register someone on a site in English and French).
 */
export const trainingLinks = async (payload: Payload, origin: string, locale: Locale) => {
  const page = await siteLanguage(payload, 'wayout', locale)
  return {
    confirm: (token: string) => withToken(`${origin}/${page}/training/confirm`, token),
    participant: (token: string) => withToken(`${origin}/${page}/training/participant`, token),
  }
}
