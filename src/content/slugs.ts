import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import { readSlugs } from './read'
import type { Reader } from './reader'

type SluggedCollection = 'news' | 'events' | 'pages'

/** A document's slug in each locale. */
export type Slugs = (locale: Locale) => string

/** The slugs found, completed: an untranslated slug is the English one, a document without any its id. */
export const completeSlugs =
  (id: number, slugs: Partial<Record<string, string>> = {}): Slugs =>
  (locale) =>
    slugs[locale] || slugs[defaultLocale] || String(id)

/** Each document's slug in every locale, in one query; an untranslated slug is the English one. */
export const slugsOf = async (reader: Reader, collection: SluggedCollection, ids: number[]) => {
  const found = await readSlugs(reader, collection, { id: { in: ids.length ? ids : [0] } })
  return new Map(ids.map((id) => [id, completeSlugs(id, found.get(id))]))
}

/**
 * The document a slug names on this site, looked up in the reader's locale first, then in the
 * others (a reader who switched language arrives with the old language's slug), and the slug it
 * should be read under in `locale`: when the two differ, the page redirects. One query: read in
 * every locale, the condition holds for a slug in any language and brings all of each match's slugs.
 */
export const findBySlug = async (reader: Reader, collection: SluggedCollection, locale: Locale, slug: string) => {
  const matches = [...(await readSlugs(reader, collection, { slug: { equals: slug } }))]
  for (const candidate of [locale, ...locales.filter((other) => other !== locale)]) {
    const match = matches.find(([, inLocales]) => inLocales[candidate] === slug)
    if (match) {
      const slugs = completeSlugs(match[0], match[1])
      return { id: match[0], canonical: slugs(locale), slugs }
    }
  }
  return null
}
