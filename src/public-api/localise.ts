import { defaultLocale, type Locale } from '@/i18n/locales'

/**
 * The API reads documents with `locale: 'all'` (every translation in one query) and picks the
 * asked locale here, falling back to English field by field and saying which fields fell back:
 * Payload's own fallback fills the gaps silently.
 */
const missing = (value: unknown) => value === null || value === undefined || value === ''

type Translations = Partial<Record<Locale, unknown>>

const isTranslations = (value: unknown): value is Translations =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !('root' in value)

/** The value of a localised field in `locale`, else in English; `fellBack` when English stood in. */
export const pick = (value: unknown, locale: Locale): { value: unknown; fellBack: boolean } => {
  if (!isTranslations(value)) return { value: value ?? null, fellBack: false }
  const own = value[locale]
  if (!missing(own)) return { value: own, fellBack: false }
  const fallback = value[defaultLocale]
  return missing(fallback) ? { value: null, fellBack: false } : { value: fallback, fellBack: locale !== defaultLocale }
}

/**
 * The named localised fields of `doc` in `locale`, and the list of those that fell back.
 * The value types are the caller's to state: documents read with `locale: 'all'` are not typed
 * by Payload's generated types.
 */
export const translate = <K extends string, V extends Record<K, unknown>>(
  doc: Record<string, unknown> | null | undefined,
  locale: Locale,
  fields: readonly K[],
): V & { fellBack: K[] } => {
  const values = {} as Record<K, unknown>
  const fellBack: K[] = []
  for (const field of fields) {
    const picked = pick(doc?.[field], locale)
    values[field] = picked.value
    if (picked.fellBack) fellBack.push(field)
  }
  return { ...(values as V), fellBack }
}
