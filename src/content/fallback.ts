import type { CollectionSlug, DataFromCollectionSlug, PaginatedDocs } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'
import { fellBack } from '@/i18n/untranslated'
import { keptUntilChanged } from '@/plugins/site-cache/keptUntilChanged'

import { read, type Query } from './read'
import type { Reader } from './reader'
import { gapKey, gapsContext, type Gaps } from './translationGaps'

/** A document as shown in one locale, and which of its fields are English stand-ins. */
export type Translated<T> = T & { fellBack: (keyof T & string)[] }

/**
 * Which of `fields` show English: empty in the document's own locale (`own`, read without
 * fallback) but filled in the document as shown (`shown`, read with Payload's fallback): the
 * rule of src/i18n/untranslated.ts.
 */
export const fellBackOf = <T extends object, K extends keyof T & string>(
  shown: T | null | undefined,
  own: T | null | undefined,
  fields: readonly K[],
): K[] => (shown && own ? fields.filter((field) => fellBack(shown[field], own[field])) : [])

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
 * For one read of `collection`: the `context` to give it, then `mark` for what it found: each
 * document with which of `fields` really are untranslated, so pages can say "not translated yet"
 * and mark that text with `lang="en"`. One read: the gaps are noted while Payload still holds
 * every locale's values (./translationGaps). The read is the caller's own typed Local API call, so
 * it may carry a `select`.
 */
export const noteGaps = (collection: CollectionSlug) => {
  const gaps: Gaps = new Map()
  return {
    context: gapsContext(gaps),
    mark: <D extends { id: number }, K extends keyof D & string>(found: PaginatedDocs<D>, fields: readonly K[]) => ({
      ...found,
      docs: found.docs.map((doc): Translated<D> => {
        const gap = gaps.get(gapKey(collection, doc.id)) ?? []
        return { ...doc, fellBack: fields.filter((field) => gap.includes(field)) }
      }),
    }),
  }
}

/** Documents of `collection` in `locale`, whole (see ./read), marked as `noteGaps` does. */
export const findTranslated = async <C extends CollectionSlug>(
  reader: Reader,
  collection: C,
  locale: Locale,
  fields: (keyof DataFromCollectionSlug<C> & string)[],
  query: Query,
) => {
  const { context, mark } = noteGaps(collection)
  return mark(await read(reader, collection, locale, { ...query, context }), fields)
}

/**
 * `findTranslated` for a collection every reader sees alike (read by anyone, no drafts, not
 * assigned to sites; src/access/policy.ts): read once per locale as the anonymous public, kept
 * until a change to it or to one of `related` (what its documents show of others) is announced.
 */
export const keptTranslated = <C extends CollectionSlug>(
  collection: C,
  related: string[],
  fields: (keyof DataFromCollectionSlug<C> & string)[],
  query: Query,
) =>
  keptUntilChanged([collection, ...related], (reader: Reader, locale: Locale) =>
    findTranslated({ ...reader, user: null, draft: false }, collection, locale, fields, query),
  )
