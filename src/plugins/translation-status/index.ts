import type { CollectionConfig, Config, Plugin } from 'payload'

import { withAdminStrings } from '@/i18n/withAdminStrings'

import { localizedPaths } from './localizedPaths'
import { recountMissingLocales, translationLocales } from './missingLocales'
import { languageLabels, missingLocalesDescription, missingLocalesLabel, translationStatusStrings } from './strings'

const withTranslationStatus = (collection: CollectionConfig): CollectionConfig => {
  if (!localizedPaths(collection.fields).length) return collection
  const columns = collection.admin?.defaultColumns
  return {
    ...collection,
    admin: { ...collection.admin, ...(columns && { defaultColumns: [...columns, 'missingLocales'] }) },
    hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), recountMissingLocales] },
    fields: [
      ...collection.fields,
      {
        name: 'missingLocales',
        type: 'select',
        hasMany: true,
        label: missingLocalesLabel,
        options: translationLocales.map((locale) => ({ value: locale, label: languageLabels[locale] })),
        // Recounted from the translations on every save (./missingLocales): a value sent is replaced.
        admin: { readOnly: true, position: 'sidebar', description: missingLocalesDescription },
      },
      {
        name: 'untranslatedFields',
        type: 'ui',
        admin: {
          position: 'sidebar',
          components: { Field: '/src/plugins/translation-status/UntranslatedFields#UntranslatedFields' },
        },
      },
    ],
  }
}

/**
 * Translation status for every collection with localised fields: `missingLocales` (the languages
 * in which some field still shows English, kept on every save, a list column and filter) and the
 * edit view's list of untranslated fields. Place it after the plugins that add localised fields.
 */
export const translationStatus =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map(withTranslationStatus),
    i18n: { ...config.i18n, translations: withAdminStrings(config.i18n?.translations, translationStatusStrings) },
  })
