import type { CollectionSlug, Payload, Where } from 'payload'

import { defaultLocale, type Locale } from '@/i18n/locales'

/** A document as shown in one locale, and which of its fields are English stand-ins. */
export type Translated<T> = T & { fellBack: (keyof T & string)[] }

const missing = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

export type ReadAccess = { overrideAccess: boolean; user?: unknown; draft?: boolean }

type FindArgs = { where?: Where; sort?: string; limit?: number; page?: number; depth?: number; access: ReadAccess }

/**
 * Finds documents in `locale` (Payload fills untranslated fields from English, related documents
 * included), then asks which of `fields` really are untranslated, so pages can say "not translated
 * yet" and mark that text with `lang="en"`. The second query reads only those fields, only
 * outside English.
 */
export const findTranslated = async <T extends { id: number | string }>(
  payload: Payload,
  collection: CollectionSlug,
  locale: Locale,
  fields: (keyof T & string)[],
  { access, ...query }: FindArgs,
) => {
  const found = await payload.find({ collection, locale, ...query, ...access } as Parameters<Payload['find']>[0])
  const docs = found.docs as unknown as T[]
  const untranslated = new Map<T['id'], Partial<T>>()
  if (locale !== defaultLocale && docs.length) {
    const { docs: raw } = await payload.find({
      collection,
      locale,
      fallbackLocale: false,
      where: { id: { in: docs.map((doc) => doc.id) } },
      select: Object.fromEntries(fields.map((field) => [field, true])),
      depth: 0,
      pagination: false,
      ...access,
    } as Parameters<Payload['find']>[0])
    for (const doc of raw as unknown as T[]) untranslated.set(doc.id, doc)
  }
  return {
    ...found,
    docs: docs.map((doc): Translated<T> => {
      const raw = untranslated.get(doc.id)
      return { ...doc, fellBack: raw ? fields.filter((field) => missing(raw[field]) && !missing(doc[field])) : [] }
    }),
  }
}

/**
 * Ids of documents matching `where` in `locale` or in English: a filter or search on translatable
 * fields must also find documents not yet translated, which readers see in English.
 */
export const idsMatchingInLocaleOrEnglish = async (
  payload: Payload,
  collection: CollectionSlug,
  locale: Locale,
  where: Where,
  access: ReadAccess,
) => {
  const find = (inLocale: Locale) =>
    payload.find({
      collection,
      locale: inLocale,
      fallbackLocale: false,
      where,
      select: {},
      depth: 0,
      pagination: false,
      ...access,
    } as Parameters<Payload['find']>[0])
  const results = await Promise.all([...new Set([locale, defaultLocale])].map(find))
  return [...new Set(results.flatMap(({ docs }) => docs.map((doc) => doc.id)))]
}
