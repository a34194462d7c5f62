import type { Locale } from '@/i18n/locales'
import type { Site } from '@/payload-types'

/** Where this page lives in each of the site's languages (paths, locale prefix included). */
export type Alternates = Partial<Record<Locale, string>>

const localePath = (locale: Locale, path: string) => `/${locale}${path === '/' ? '' : path}`

/** A page whose path is the same in every language, e.g. `/about`. */
export const samePath = (site: Pick<Site, 'languages'>, path: string): Alternates =>
  Object.fromEntries(site.languages.map((locale) => [locale, localePath(locale, path)]))

/** A page whose last segment is a per-locale slug, e.g. `/news/{slug}`. */
export const perLocale = (site: Pick<Site, 'languages'>, build: (locale: Locale) => string): Alternates =>
  Object.fromEntries(site.languages.map((locale) => [locale, localePath(locale, build(locale))]))

/** A page's address in each of the site's languages: one path for all, or one built per language. */
export const addressIn = (site: Pick<Site, 'languages'>, where: string | ((locale: Locale) => string)): Alternates =>
  typeof where === 'string' ? samePath(site, where) : perLocale(site, where)
