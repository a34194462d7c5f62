import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { apiPaths } from '@/plugins/public-api/paths'
import { siteOrigin } from '@/plugins/site-tenancy/resolveSite'

/**
 * Where links in emails point: SERVER_URL (the public https origin) when set, else the project
 * site's configured address. Never the request's host: whoever sends the request is not who
 * reads the email.
 */
export const emailOrigin = async (payload: Payload) => {
  if (process.env.SERVER_URL) return new URL(process.env.SERVER_URL).origin
  return siteOrigin(payload, 'wayout')
}

const withToken = (url: string, token: string) => `${url}?token=${encodeURIComponent(token)}`

export const subscriptionLinks = (origin: string, locale: Locale) => ({
  confirm: (token: string) => withToken(`${origin}/${locale}/subscription/confirm`, token),
  unsubscribePage: (token: string) => withToken(`${origin}/${locale}/subscription/unsubscribe`, token),
  /** RFC 8058's target: a POST here unsubscribes at once; opened in a browser, it shows the page. */
  oneClick: (token: string) => `${withToken(`${origin}${apiPaths.unsubscribe}`, token)}&locale=${locale}`,
  archive: (number?: number) => `${origin}/${locale}/newsletters${number ? `/${number}` : ''}`,
})
