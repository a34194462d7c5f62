/**
 * The admin speaks the editor's language, all five: every name, label, choice and description
 * of ours in the sanitized config, and the strings of our own views and messages.
 */
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { adminTranslations } from '@/auth/adminStrings'
import { locales } from '@/i18n/locales'
import { adminViewStrings } from '@/plugins/admin-languages/strings'
import { editorDashboardStrings } from '@/plugins/editor-dashboard/strings'
import { newsletterTranslations } from '@/plugins/newsletter/admin/strings'
import { translationStatusStrings } from '@/plugins/translation-status/strings'

const loadConfig = async () => (await import('@payload-config')).default

/** Where a text lacks a language: its place in the config and what it is. */
type Gap = string

const inFive = (value: unknown, where: string): Gap[] => {
  if (value === undefined || value === false || typeof value === 'function') return []
  if (typeof value === 'string') return [`${where}: "${value}" is English only`]
  if (typeof value !== 'object' || value === null) return [`${where}: not a text`]
  const texts: Record<string, unknown> = { ...value }
  return locales
    .filter((locale) => typeof texts[locale] !== 'string' || texts[locale] === '')
    .map((locale) => `${where}: no ${locale}`)
}

const fieldGaps = (fields: Field[], where: string): Gap[] =>
  fields.flatMap((field) => {
    const here = `${where}.${'name' in field ? field.name : field.type}`
    // Fields editors never see (Payload's own: row ids, upload internals, order keys, sessions) and
    // the timezone's IANA ids are not ours to label.
    const { admin } = field
    const unseen =
      ('hidden' in field && field.hidden) ||
      (admin && (('hidden' in admin && admin.hidden) || ('disabled' in admin && admin.disabled)))
    if (unseen || ('name' in field && field.name.endsWith('_tz'))) return []
    return [
      ...(field.type === 'ui' ? [] : inFive('label' in field ? field.label : undefined, `${here} label`)),
      ...inFive(
        field.admin && 'description' in field.admin ? field.admin.description : undefined,
        `${here} description`,
      ),
      ...('options' in field
        ? field.options.flatMap((option) =>
            typeof option === 'string'
              ? [`${here} option ${option}: no label`]
              : inFive(option.label, `${here} option ${option.value}`),
          )
        : []),
      ...('fields' in field ? fieldGaps(field.fields, here) : []),
      ...(field.type === 'tabs'
        ? field.tabs.flatMap((tab, i) => [...inFive(tab.label, `${here} tab ${i}`), ...fieldGaps(tab.fields, here)])
        : []),
      ...(field.type === 'blocks'
        ? field.blocks.flatMap((block) => fieldGaps(block.fields, `${here}.${block.slug}`))
        : []),
    ]
  })

describe('the admin in five languages', () => {
  it('names every collection, menu group, field, choice and description of ours in all five', async () => {
    const config = await loadConfig()
    const ours = config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
    expect(ours.length).toBeGreaterThan(20)
    const gaps = [
      ...ours.flatMap((collection) => [
        ...inFive(collection.labels.singular, `${collection.slug} singular`),
        ...inFive(collection.labels.plural, `${collection.slug} plural`),
        ...inFive(collection.admin.group, `${collection.slug} group`),
        ...inFive(collection.admin.description, `${collection.slug} description`),
        ...fieldGaps(collection.fields, collection.slug),
      ]),
      ...config.globals
        .filter((global) => !global.slug.startsWith('payload-'))
        .flatMap((global) => [
          ...inFive(global.label, `${global.slug} label`),
          ...inFive(global.admin.group, `${global.slug} group`),
          ...fieldGaps(global.fields, global.slug),
        ]),
    ]
    expect(gaps).toEqual([])
  })

  it('labels the French admin in French', async () => {
    const config = await loadConfig()
    const news = config.collections.find((collection) => collection.slug === 'news')
    expect(news?.labels.plural).toMatchObject({ en: 'News', fr: 'Actualités' })
    const summary = news?.fields.find((field) => 'name' in field && field.name === 'summary')
    expect(summary && 'label' in summary && summary.label).toMatchObject({ fr: 'Résumé', de: 'Zusammenfassung' })
  })

  it('has every string of our views and messages in all five languages, none empty', async () => {
    const config = await loadConfig()
    const keysOf = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
        : [prefix]
    const valueAt = (tree: unknown, key: string) =>
      key
        .split('.')
        .reduce<unknown>((node, part) => (node && typeof node === 'object' ? Object(node)[part] : undefined), tree)
    const english = [
      adminTranslations,
      newsletterTranslations,
      translationStatusStrings,
      adminViewStrings,
      editorDashboardStrings,
    ].flatMap((strings) => keysOf(strings.en))
    expect(english.length).toBeGreaterThan(40)
    for (const locale of locales)
      for (const key of english) {
        const text = valueAt(config.i18n.translations?.[locale], key)
        expect(typeof text === 'string' && text.length > 0, `${locale} ${key}`).toBe(true)
      }
  })
})
