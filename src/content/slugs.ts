import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import { read, readSlugs } from './read'
import type { Reader } from './reader'

type SluggedCollection = 'news' | 'events' | 'pages'

type Slugs = Record<Locale, string>

const complete = (id: number, slugs: Partial<Record<string, string>> = {}) =>
  Object.fromEntries(locales.map((locale) => [locale, slugs[locale] || slugs[defaultLocale] || String(id)])) as Slugs

/** Each document's slug in every locale, in one query; an untranslated slug is the English one. */
export const slugsOf = async (reader: Reader, collection: SluggedCollection, ids: number[]) => {
  const found = await readSlugs(reader, collection, { id: { in: ids.length ? ids : [0] } })
  return new Map(ids.map((id) => [id, complete(id, found.get(id))]))
}

/** One document's slug in every locale. */
export const slugsByLocale = async (reader: Reader, collection: SluggedCollection, id: number) =>
  (await slugsOf(reader, collection, [id])).get(id)!

/**
 * The document a slug names on this site, looked up in the reader's locale first, then in the
 * others (a reader who switched language arrives with the old language's slug), and the slug it
 * should be read under in `locale`: when the two differ, the page redirects.
 */
export const findBySlug = async (reader: Reader, collection: SluggedCollection, locale: Locale, slug: string) => {
  for (const candidate of [locale, ...locales.filter((other) => other !== locale)]) {
    const { docs } = await read(reader, collection, candidate, {
      where: { slug: { equals: slug } },
      fallbackLocale: false,
      limit: 1,
      depth: 0,
    })
    if (docs[0]) {
      const slugs = await slugsByLocale(reader, collection, docs[0].id)
      return { id: docs[0].id, canonical: slugs[locale], slugs }
    }
  }
  return null
}
