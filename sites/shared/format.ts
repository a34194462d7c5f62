import type { Locale } from '@/i18n/locales'

/** A publication date, as a reader of `locale` writes it. */
export const formatDate = (locale: Locale, iso: string, timeZone = 'UTC') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso))

export const countryName = (locale: Locale, code?: string | null) =>
  code ? (new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code) : null
