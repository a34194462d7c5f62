import { cache } from 'react'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { Objective, Outcome, Partner, Project } from '@/payload-types'

import { findTranslated } from './fallback'
import { asReader, type Reader } from './reader'

const missing = (value: unknown) => value === null || value === undefined || value === ''

/** The project's facts in `locale`, with the top-level texts still in English listed. */
export const getProject = cache(async (reader: Reader, locale: Locale) => {
  const { payload } = reader
  const project = (await payload.findGlobal({ slug: 'project', locale, depth: 1, overrideAccess: false })) as Project
  if (locale === defaultLocale) return { ...project, fellBack: [] as string[] }
  const raw = (await payload.findGlobal({
    slug: 'project',
    locale,
    fallbackLocale: false,
    depth: 0,
    overrideAccess: false,
  })) as Project
  const texts = ['fullTitle', 'tagline', 'summary'] as const
  const fellBack: string[] = texts.filter((field) => missing(raw[field]) && !missing(project[field]))
  for (const field of ['statement', 'disclaimer', 'programme'] as const)
    if (missing(raw.funding?.[field]) && !missing(project.funding?.[field])) fellBack.push(`funding.${field}`)
  if (missing(raw.timeframe?.note) && !missing(project.timeframe?.note)) fellBack.push('timeframe.note')
  return { ...project, fellBack }
})

export const getObjectives = cache(async (reader: Reader, locale: Locale) =>
  findTranslated<Objective>(reader.payload, 'objectives', locale, ['text'], {
    sort: '_order',
    limit: 100,
    access: asReader(reader),
  }),
)

export const getOutcomes = cache(async (reader: Reader, locale: Locale) =>
  findTranslated<Outcome>(reader.payload, 'outcomes', locale, ['text'], {
    sort: '_order',
    limit: 100,
    access: asReader(reader),
  }),
)

export const getPartners = cache(async (reader: Reader, locale: Locale) =>
  findTranslated<Partner>(reader.payload, 'partners', locale, ['name', 'description'], {
    sort: '_order',
    limit: 100,
    depth: 1,
    access: asReader(reader),
  }),
)
