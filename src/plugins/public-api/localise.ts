import { fellBackOf } from '@/content/fallback'

import type { Shown } from './shapes'

/**
 * The named localised fields of `shown` (read in the asked locale, English standing in), and
 * which of them fell back: those `own` (the same document read without fallback) lacks. The rule
 * is the sites' own (src/content/fallback.ts).
 */
export const translate = <T extends object, K extends keyof T & string>(
  shown: T,
  own: T | null | undefined,
  fields: readonly K[],
): Shown<T, K> & { fellBack: K[] } => {
  const values: Partial<Record<K, unknown>> = {}
  for (const field of fields) values[field] = shown[field] ?? null
  // Each value is the field's own, undefined made null: the shape `Shown` states.
  return { ...(values as Shown<T, K>), fellBack: fellBackOf(shown, own, fields) }
}
