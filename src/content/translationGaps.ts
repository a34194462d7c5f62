import type { CollectionBeforeReadHook, Plugin, RequestContext } from 'payload'
import { fieldAffectsData } from 'payload/shared'

import { defaultLocale } from '@/i18n/locales'
import { fellBack } from '@/i18n/untranslated'

/**
 * Which localised fields of a document show English because the read's locale leaves them empty.
 * The database layer reads every locale of a document at once and Payload only then picks the
 * asked locale, filling empty fields from English (its fallback); a collection's `beforeRead`
 * hook still sees all of them. Recording the gaps there tells the read layer what is untranslated
 * without a second read of the same documents without fallback (./fallback).
 */
export type Gaps = Map<string, string[]>

const gapsKey = 'wayout.translationGaps'

/** The `context` of a read whose gaps are wanted: they land in `gaps`, by `gapKey`. */
export const gapsContext = (gaps: Gaps): RequestContext => ({ [gapsKey]: gaps })

export const gapKey = (collection: string, id: number | string) => `${collection}:${id}`

const recordGaps =
  (localized: readonly string[]): CollectionBeforeReadHook =>
  ({ collection, context, doc, req }) => {
    const gaps = context[gapsKey]
    const locale = req.locale
    if (!(gaps instanceof Map) || !locale || locale === 'all' || locale === defaultLocale) return doc
    const values: Record<string, unknown> = doc
    gaps.set(
      gapKey(collection.slug, doc.id),
      localized.filter((name) => {
        const inLocales = values[name]
        if (typeof inLocales !== 'object' || inLocales === null) return false
        const byLocale = new Map(Object.entries(inLocales))
        // The one rule for "not translated" (src/i18n/untranslated.ts): English shown in its place.
        return fellBack(byLocale.get(defaultLocale), byLocale.get(locale))
      }),
    )
    return doc
  }

/** Hooks every collection with localised fields (top-level ones: those pages mark as English). */
export const translationGaps: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    const localized = collection.fields.flatMap((field) =>
      fieldAffectsData(field) && field.localized ? [field.name] : [],
    )
    if (!localized.length) return collection
    const hooks = collection.hooks ?? {}
    return { ...collection, hooks: { ...hooks, beforeRead: [...(hooks.beforeRead ?? []), recordGaps(localized)] } }
  }),
})
