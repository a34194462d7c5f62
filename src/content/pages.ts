import { cache } from 'react'

import type { Locale } from '@/i18n/locales'

import { findTranslated } from './fallback'
import type { Reader } from './reader'

export const getPage = cache(async (reader: Reader, locale: Locale, id: number) => {
  const { docs } = await findTranslated(reader, 'pages', locale, ['title', 'summary', 'body'], {
    where: { id: { equals: id } },
    limit: 1,
  })
  return docs[0] ?? null
})
