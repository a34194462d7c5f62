import { cache } from 'react'

import { defaultLocale, type Locale } from '@/i18n/locales'

import { fellBackOf, keptTranslated } from './fallback'
import { keptUntilChanged } from '@/plugins/site-cache/keptUntilChanged'
import type { Reader } from './reader'

/**
 * The project's facts in `locale` as shown (English standing in) and as the locale holds them
 * (`own`), for `fellBackOf`. The factsheet is public and has no drafts, so every reader sees the
 * same: read once per locale and depth, again after it or a partner (the coordinator) changes.
 */
export const readProject = keptUntilChanged(
  ['project', 'partners'],
  async ({ payload }: Reader, locale: Locale, depth: number) => {
    const project = await payload.findGlobal({ slug: 'project', locale, depth, overrideAccess: false })
    const own =
      locale === defaultLocale
        ? project
        : await payload.findGlobal({ slug: 'project', locale, fallbackLocale: false, depth: 0, overrideAccess: false })
    return { project, own }
  },
)

/** The project's facts in `locale`, with the texts still in English listed. */
export const getProject = cache(async (reader: Reader, locale: Locale) => {
  const { project, own } = await readProject(reader, locale, 1)
  const fellBack: string[] = [
    ...fellBackOf(project, own, ['fullTitle', 'tagline', 'summary']),
    ...fellBackOf(project.funding, own.funding, ['statement', 'disclaimer', 'programme']).map((f) => `funding.${f}`),
    ...fellBackOf(project.timeframe, own.timeframe, ['note']).map((field) => `timeframe.${field}`),
  ]
  return { ...project, fellBack }
})

const objectives = keptTranslated('objectives', [], ['text'], { sort: '_order', limit: 100, pagination: false })
const outcomes = keptTranslated('outcomes', [], ['text'], { sort: '_order', limit: 100, pagination: false })
// With their logos.
const partners = keptTranslated('partners', ['media'], ['name', 'description'], {
  sort: '_order',
  limit: 100,
  pagination: false,
  depth: 1,
})

export const getObjectives = cache(async (reader: Reader, locale: Locale) => objectives(reader, locale))
export const getOutcomes = cache(async (reader: Reader, locale: Locale) => outcomes(reader, locale))
export const getPartners = cache(async (reader: Reader, locale: Locale) => partners(reader, locale))
