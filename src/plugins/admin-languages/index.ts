import type { CollectionConfig, Config, Field, GlobalConfig, Plugin } from 'payload'
import { formatLabels, toWords } from 'payload'

import { isLocale, localeNames, locales, type Locale } from '@/i18n/locales'
import { withAdminStrings } from '@/i18n/withAdminStrings'
import { languageLabels } from '@/plugins/translation-status/strings'

import { labelTranslations } from './labels'
import { adminViewStrings } from './strings'

type Label = Record<Locale, string>

/** The content languages, named by their own name in the config (the sites' language choice). */
const languageByOwnName = new Map(locales.map((locale) => [localeNames[locale], languageLabels[locale]]))

/** An English text of ours in the admin's five languages; unknown text stays as it is (the test names it). */
const inFive = (english: string): Label | string => {
  const known = labelTranslations[english]
  if (known) {
    const [fr, de, pt, nl] = known
    return { en: english, fr, de, pt, nl }
  }
  return languageByOwnName.get(english) ?? english
}

/** A label or description: English text is translated, anything else (objects, functions, false) kept. */
const translated = <T>(value: T): T | Label | string => (typeof value === 'string' ? inFive(value) : value)

const withOptions = (field: Field): Field =>
  'options' in field && Array.isArray(field.options)
    ? Object.assign({}, field, {
        options: field.options.map((option) =>
          typeof option === 'string'
            ? { label: isLocale(option) ? languageLabels[option] : inFive(option), value: option }
            : { ...option, label: translated(option.label) },
        ),
      })
    : field

const translateFields = (fields: Field[]): Field[] =>
  fields.map((field) => {
    let out: Field = withOptions(field)
    if ('name' in out && out.type !== 'ui' && !('label' in out && out.label !== undefined))
      out = Object.assign({}, out, { label: inFive(toWords(out.name)) })
    else if ('label' in out) out = Object.assign({}, out, { label: translated(out.label) })
    if (out.admin && 'description' in out.admin)
      out = Object.assign({}, out, { admin: { ...out.admin, description: translated(out.admin.description) } })
    if ('fields' in out) out = Object.assign({}, out, { fields: translateFields(out.fields) })
    if (out.type === 'tabs')
      out = Object.assign({}, out, {
        tabs: out.tabs.map((tab) => ({ ...tab, label: translated(tab.label), fields: translateFields(tab.fields) })),
      })
    return out
  })

const translateCollection = (collection: CollectionConfig): CollectionConfig => {
  const labels = collection.labels ?? formatLabels(collection.slug)
  return {
    ...collection,
    labels: { singular: translated(labels.singular), plural: translated(labels.plural) },
    admin: {
      ...collection.admin,
      group: translated(collection.admin?.group),
      description: translated(collection.admin?.description),
    },
    fields: translateFields(collection.fields),
  }
}

const translateGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  label: translated(global.label ?? toWords(global.slug)),
  admin: { ...global.admin, group: translated(global.admin?.group) },
  fields: translateFields(global.fields),
})

/**
 * The admin in the editor's language, all five: every collection's and global's name, menu group,
 * field label, choice and description of ours (English in the config, ./labels.ts for the rest),
 * and the strings of our own admin views. Place it after every plugin that adds collections or
 * fields, so theirs are translated too.
 */
export const adminLanguages =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map(translateCollection),
    globals: config.globals?.map(translateGlobal),
    i18n: { ...config.i18n, translations: withAdminStrings(config.i18n?.translations, adminViewStrings) },
  })
