import type { Reader } from '@/content/reader'
import { findBySlug, type Slugs } from '@/content/slugs'
import type { Locale } from '@/i18n/locales'

type Slugged = Parameters<typeof findBySlug>[1]

/** The document a URL's slug names, its slug in every language, and the slug the URL used. */
export const findBySlugIn = async (reader: Reader, collection: Slugged, locale: Locale, slug: string) => {
  const requested = decodeURIComponent(slug)
  const found = await findBySlug(reader, collection, locale, requested)
  return found && { ...found, requested }
}

/**
 * A slugged page's address in each language under `prefix`, and where to send a reader who came
 * with another language's slug (after switching language): this language's.
 */
export const slugAddress = (prefix: string) => ({
  path:
    ({ slugs }: { slugs: Slugs }) =>
    (locale: Locale) =>
      `${prefix}/${slugs(locale)}`,
  redirect: ({ canonical, requested }: { canonical: string; requested: string }, { locale }: { locale: Locale }) =>
    canonical !== requested ? `/${locale}${prefix}/${canonical}` : null,
})
