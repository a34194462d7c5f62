import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Practice } from '@/payload-types'

import { findTranslated } from './fallback'
import { asReaderOn, idsMatchingInLocaleOrEnglish } from './read'
import type { Reader } from './reader'

export type PracticeFilters = { country?: string; setting?: string; targetGroup?: string; q?: string; page?: number }

const translatable: (keyof Practice & string)[] = ['title', 'targetGroup', 'approach', 'evidence']

const published: Where = { moderationStatus: { equals: 'published' } }

/** Published practices (the policy shows the public nothing else) matching the filters. */
export const listPractices = cache(async (reader: Reader, locale: Locale, filters: PracticeFilters) => {
  const and: Where[] = [published]
  if (filters.country) and.push({ country: { equals: filters.country } })
  if (filters.setting) and.push({ setting: { contains: filters.setting } })
  // Target group and text are translatable: match them in the reader's language or in English.
  const text: Where[] = []
  if (filters.targetGroup) text.push({ targetGroup: { equals: filters.targetGroup } })
  if (filters.q)
    text.push({
      or: ['title', 'approach', 'targetGroup', 'evidence'].map((field) => ({ [field]: { like: filters.q } })),
    })
  if (text.length) {
    const ids = await idsMatchingInLocaleOrEnglish(reader, 'practices', locale, { and: [...and, ...text] })
    and.push({ id: { in: ids.length ? ids : [0] } })
  }
  return findTranslated(reader, 'practices', locale, translatable, {
    where: { and },
    sort: 'title',
    limit: 20,
    page: filters.page ?? 1,
  })
})

/** The values readers can filter by, taken from what is published. */
export const practiceFacets = cache(async (reader: Reader, locale: Locale) => {
  const { docs } = await reader.payload.find({
    collection: 'practices',
    locale,
    select: { country: true, targetGroup: true, setting: true },
    pagination: false,
    depth: 0,
    ...asReaderOn(reader, 'practices', published),
  })
  const distinct = (values: (string | null | undefined)[]) =>
    [...new Set(values.filter((v): v is string => Boolean(v)))].sort()
  return {
    countries: distinct(docs.map((doc) => doc.country)),
    targetGroups: distinct(docs.map((doc) => doc.targetGroup)),
    settings: distinct(docs.flatMap((doc) => doc.setting ?? [])),
  }
})

export const getPractice = cache(async (reader: Reader, locale: Locale, id: number) => {
  const { docs } = await findTranslated(reader, 'practices', locale, translatable, {
    where: { and: [published, { id: { equals: id } }] },
    limit: 1,
    pagination: false,
  })
  return docs[0] ?? null
})

/** Every published practice with its last change, for the sitemap. */
export const listPracticeUpdates = cache(async (reader: Reader) => {
  const { docs } = await reader.payload.find({
    collection: 'practices',
    pagination: false,
    depth: 0,
    select: { updatedAt: true },
    ...asReaderOn(reader, 'practices', published),
  })
  return docs
})
