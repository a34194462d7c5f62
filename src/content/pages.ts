import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Page } from '@/payload-types'
import { onSite } from '@/plugins/site-tenancy/resolveSite'

import { findTranslated } from './fallback'
import { asReader, type Reader } from './reader'

export const getPage = cache(async (reader: Reader, locale: Locale, id: number) => {
  const { docs } = await findTranslated<Page>(reader.payload, 'pages', locale, ['title', 'summary', 'body'], {
    where: { and: [onSite(reader.site), { id: { equals: id } }] },
    limit: 1,
    access: asReader(reader),
  })
  return docs[0] ?? null
})
