import type { Locale } from '@/i18n/locales'
import { apiPaths } from '@/plugins/public-api/paths'

const withToken = (url: string, token: string) => `${url}?token=${encodeURIComponent(token)}`

/** The addresses a newsletter email links to, on `origin` (see src/mail/origin.ts), in its language. */
export const subscriptionLinks = (origin: string, locale: Locale) => ({
  confirm: (token: string) => withToken(`${origin}/${locale}/subscription/confirm`, token),
  unsubscribePage: (token: string) => withToken(`${origin}/${locale}/subscription/unsubscribe`, token),
  /** RFC 8058's target: a POST here unsubscribes at once; opened in a browser, it shows the page. */
  oneClick: (token: string) => `${withToken(`${origin}${apiPaths.unsubscribe}`, token)}&locale=${locale}`,
  archive: (number?: number) => `${origin}/${locale}/newsletters${number ? `/${number}` : ''}`,
})
