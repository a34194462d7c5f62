import type { CollectionBeforeChangeHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales'
import { fellBack } from '@/i18n/untranslated'

import { localizedPaths } from './localizedPaths'

/** The locales a document is translated into; English is the source the others fall back to. */
export const translationLocales = locales.filter((locale) => locale !== defaultLocale)

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), doc)

/**
 * The paths of `paths` that show English in `locale` (the rule of src/i18n/untranslated.ts), in
 * a document read with `locale: 'all'` (each localised field is `{ en, fr, … }`).
 */
export const untranslatedIn = (doc: unknown, paths: readonly string[], locale: Locale) =>
  locale === defaultLocale
    ? []
    : paths.filter((path) => {
        const values = valueAt(doc, path)
        return isRecord(values) && fellBack(values[defaultLocale], values[locale])
      })

/** The translation locales in which at least one of `paths` shows English. */
export const missingLocalesOf = (doc: unknown, paths: readonly string[]) =>
  translationLocales.filter((locale) => untranslatedIn(doc, paths, locale).length > 0)

/** `value` set at `path` (dotted) in a copy of `doc`, the groups on the way created as needed. */
const withValueAt = (doc: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> => {
  const [head, ...rest] = path.split('.')
  if (!rest.length) return { ...doc, [head]: value }
  const inner = doc[head]
  return { ...doc, [head]: withValueAt(isRecord(inner) ? inner : {}, rest.join('.'), value) }
}

/**
 * A document's stored values in every locale (its latest draft where it has drafts), from the
 * database itself: the Local API would set the request's locale to `all` for the rest of the save.
 */
export const storedTranslations = async (
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  id: number | string,
): Promise<unknown> => {
  if (!collection.versions?.drafts)
    return req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, locale: 'all', req })
  const { docs } = await req.payload.db.findVersions({
    collection: collection.slug,
    where: { parent: { equals: id }, latest: { equals: true } },
    locale: 'all',
    limit: 1,
    req,
  })
  return docs[0]?.version
}

/**
 * Before every save (drafts included): which locales still show English somewhere, from the
 * stored translations with the values being saved in the request's locale put in their place.
 */
export const recountMissingLocales: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const paths = localizedPaths(collection.fields).map(({ path }) => path)
  const locale = req.locale
  if (!isLocale(locale)) {
    // A write in every locale at once (`locale: 'all'`) carries the whole picture itself.
    return { ...data, missingLocales: missingLocalesOf(data, paths) }
  }
  const id: unknown = isRecord(originalDoc) ? originalDoc.id : undefined
  const stored =
    typeof id === 'string' || typeof id === 'number' ? await storedTranslations(req, collection, id) : undefined
  // An update carries only the fields it changes: the others keep their stored value.
  const merged = paths.reduce(
    (doc, path) => {
      const stored = valueAt(doc, path)
      const values = isRecord(stored) ? stored : {}
      const saved = valueAt(data, path)
      return withValueAt(doc, path, { ...values, [locale]: saved === undefined ? values[locale] : saved })
    },
    isRecord(stored) ? stored : {},
  )
  return { ...data, missingLocales: missingLocalesOf(merged, paths) }
}
