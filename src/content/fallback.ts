import type { CollectionSlug, DataFromCollectionSlug } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'

import { read, type Query } from './read'
import type { Reader } from './reader'

/** A document as shown in one locale, and which of its fields are English stand-ins. */
export type Translated<T> = T & { fellBack: (keyof T & string)[] }

/**
 * The one rule for "not translated": a field is missing when it is null, absent or an empty
 * string. It is Payload's own fallback rule, so an empty list is a value (Payload shows it as
 * it is, never the English list).
 */
const missing = (value: unknown) => value === null || value === undefined || value === ''

/**
 * Which of `fields` show English: empty in the document's own locale (`own`, read without
 * fallback) but filled in the document as shown (`shown`, read with Payload's fallback).
 */
export const fellBackOf = <T extends object, K extends keyof T & string>(
  shown: T | null | undefined,
  own: T | null | undefined,
  fields: readonly K[],
): K[] => (shown && own ? fields.filter((field) => missing(own[field]) && !missing(shown[field])) : [])

/**
 * Reads documents in `locale` (Payload fills untranslated fields from English, related documents
 * included) and, outside English, the same documents again without that fallback: `ownOf(doc)` is
 * what the locale itself holds, for `fellBackOf`. The second read populates relations as
 * `related` says (by default as the first read does); it is skipped in English.
 */
export const readTranslated = async <C extends CollectionSlug>(
  reader: Reader,
  collection: C,
  locale: Locale,
  query: Query,
  related: Pick<Query, 'depth' | 'populate'> = { depth: query.depth, populate: query.populate },
) => {
  const found = await read(reader, collection, locale, query)
  const own = new Map<DataFromCollectionSlug<C>['id'], DataFromCollectionSlug<C>>()
  if (locale !== defaultLocale && found.docs.length) {
    const { docs } = await read(reader, collection, locale, {
      where: { id: { in: found.docs.map((doc) => doc.id) } },
      ...related,
      pagination: false,
      fallbackLocale: false,
    })
    for (const doc of docs) own.set(doc.id, doc)
  }
  // In English every value is the document's own.
  return { ...found, ownOf: (doc: DataFromCollectionSlug<C>) => (locale === defaultLocale ? doc : own.get(doc.id)) }
}

/**
 * Finds documents in `locale` with the list of which of `fields` really are untranslated, so
 * pages can say "not translated yet" and mark that text with `lang="en"`.
 */
export const findTranslated = async <C extends CollectionSlug>(
  reader: Reader,
  collection: C,
  locale: Locale,
  fields: (keyof DataFromCollectionSlug<C> & string)[],
  query: Query,
) => {
  // Only the document's own fields are compared: its relations need not be read again.
  const { ownOf, ...found } = await readTranslated(reader, collection, locale, query, { depth: 0 })
  return {
    ...found,
    docs: found.docs.map((doc): Translated<DataFromCollectionSlug<C>> => ({
      ...doc,
      fellBack: fellBackOf(doc, ownOf(doc), fields),
    })),
  }
}
