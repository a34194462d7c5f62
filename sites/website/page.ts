import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { getReader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'

export type LocaleParams<Extra = object> = { params: Promise<{ locale: Locale } & Extra> }

/**
 * The start of every page: the locale from the URL, the reader, and a 404 when the page belongs
 * to the other site (the practice repository has no news list, the project site no practices).
 */
export const openPage = async <Extra extends object>(
  { params }: LocaleParams<Extra>,
  site: 'wayout' | 'practices' | 'any' = 'wayout',
) => {
  const resolved = await params
  setRequestLocale(resolved.locale)
  const reader = await getReader()
  if (site !== 'any' && reader.site.key !== site) notFound()
  return { ...resolved, reader }
}

/** A positive whole number from a URL segment or query value, else null. */
export const wholeNumber = (value: unknown) => {
  const number = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN
  return number > 0 ? number : null
}
