import type { Config } from 'payload'

import type { Locale } from './locales'

type Translations = NonNullable<Config['i18n']>['translations']

/** A feature's own admin strings merged into the config's, language by language. */
export const withAdminStrings = (translations: Translations = {}, ours: Record<Locale, object>) => {
  const merged: Record<string, object> = { ...translations }
  for (const [language, strings] of Object.entries(ours)) merged[language] = { ...merged[language], ...strings }
  return merged
}
