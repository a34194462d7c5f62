import type { CollectionSlug, PopulateType, RequestContext, Sort, Where } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { siteContentCollections } from '@/plugins/site-tenancy'
import { onSite } from '@/plugins/site-tenancy/resolveSite'

import type { Reader } from './reader'

/**
 * A query as the read layer takes it. No `select`: Payload's generic types cannot follow a
 * selection through a generic collection; reads that need one use `asReaderOn` directly.
 */
export type Query = {
  where?: Where
  sort?: Sort
  limit?: number
  page?: number
  pagination?: boolean
  depth?: number
  populate?: PopulateType
  /** `false`: only the locale's own values, no English stand-ins (see ./fallback). */
  fallbackLocale?: false
  /** Handed to the collections' hooks (./translationGaps). */
  context?: RequestContext
}

const siteScoped: readonly CollectionSlug[] = siteContentCollections

/** The options that make a Local API query read as this reader may (the access policy decides). */
export const asReader = (reader: Reader) => ({
  overrideAccess: false,
  user: reader.user ?? undefined,
  draft: reader.draft,
})

/**
 * The reader's rights and, for the collections whose documents are assigned to sites, the
 * reader's site: the `where` and access options of every read of `collection`.
 */
export const asReaderOn = (reader: Reader, collection: CollectionSlug, where?: Where) => ({
  where: siteScoped.includes(collection) ? { and: [onSite(reader.site), ...(where ? [where] : [])] } : where,
  ...asReader(reader),
})

/**
 * Every read of content goes through here, so no query can forget the reader's rights or site.
 * Documents come typed from src/payload-types.ts.
 */
export const read = <C extends CollectionSlug>(
  reader: Reader,
  collection: C,
  locale: Locale,
  { where, ...query }: Query = {},
) => reader.payload.find({ collection, locale, ...query, ...asReaderOn(reader, collection, where) })

/**
 * Ids of documents matching `where` in `locale` or in English: a filter or search on translatable
 * fields must also find documents not yet translated, which readers see in English.
 */
export const idsMatchingInLocaleOrEnglish = async (
  reader: Reader,
  collection: CollectionSlug,
  locale: Locale,
  where: Where,
) => {
  const find = (inLocale: Locale) =>
    reader.payload.find({
      collection,
      locale: inLocale,
      fallbackLocale: false,
      select: {},
      depth: 0,
      pagination: false,
      ...asReaderOn(reader, collection, where),
    })
  const results = await Promise.all([...new Set([locale, defaultLocale])].map(find))
  return [...new Set(results.flatMap(({ docs }) => docs.map((doc) => doc.id)))]
}

/** The collections with a localised slug. */
export type Slugged = 'news' | 'events' | 'pages' | 'categories'

/**
 * Each document's slug in every locale (Payload's `locale: 'all'`), read as the reader may. The
 * generated types describe one locale, so the values are checked one by one.
 */
export const readSlugs = async (reader: Reader, collection: Slugged, where: Where) => {
  const { docs } = await reader.payload.find({
    collection,
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { slug: true },
    ...asReaderOn(reader, collection, where),
  })
  return new Map(docs.map((doc) => [doc.id, perLocale(doc.slug)]))
}

const perLocale = (value: unknown): Partial<Record<string, string>> =>
  typeof value === 'object' && value !== null
    ? Object.fromEntries(
        Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      )
    : {}
