import { cache } from 'react'

import type { Locale } from '@/i18n/locales'

import { findTranslated } from './fallback'
import type { Reader } from './reader'

/** Sent issues only (the access policy hides the rest from the public), newest first. */
export const listNewsletters = cache(async (reader: Reader, locale: Locale) =>
  findTranslated(reader, 'newsletters', locale, ['title'], {
    where: { status: { equals: 'sent' } },
    sort: '-number',
    limit: 200,
  }),
)

export const getNewsletter = cache(async (reader: Reader, locale: Locale, number: number) => {
  const { docs } = await findTranslated(reader, 'newsletters', locale, ['title', 'intro'], {
    // Editors previewing an issue (draft mode) see it before it is sent.
    where: reader.draft
      ? { number: { equals: number } }
      : { and: [{ status: { equals: 'sent' } }, { number: { equals: number } }] },
    limit: 1,
    depth: 2,
  })
  return docs[0] ?? null
})
