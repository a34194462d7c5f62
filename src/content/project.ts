import { cache } from 'react'

import { defaultLocale, type Locale } from '@/i18n/locales'

import { fellBackOf, findTranslated } from './fallback'
import type { Reader } from './reader'

/**
 * The project's facts in `locale` as shown (English standing in) and as the locale holds them
 * (`own`), for `fellBackOf`. The factsheet is public; it has no drafts.
 */
export const readProject = async (reader: Reader, locale: Locale, depth: number) => {
  const { payload } = reader
  const project = await payload.findGlobal({ slug: 'project', locale, depth, overrideAccess: false })
  const own =
    locale === defaultLocale
      ? project
      : await payload.findGlobal({ slug: 'project', locale, fallbackLocale: false, depth: 0, overrideAccess: false })
  return { project, own }
}

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

export const getObjectives = cache(async (reader: Reader, locale: Locale) =>
  findTranslated(reader, 'objectives', locale, ['text'], { sort: '_order', limit: 100 }),
)

export const getOutcomes = cache(async (reader: Reader, locale: Locale) =>
  findTranslated(reader, 'outcomes', locale, ['text'], { sort: '_order', limit: 100 }),
)

export const getPartners = cache(async (reader: Reader, locale: Locale) =>
  findTranslated(reader, 'partners', locale, ['name', 'description'], { sort: '_order', limit: 100, depth: 1 }),
)
