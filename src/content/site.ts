import { cache } from 'react'

import type { Locale } from '@/i18n/locales'

import type { Reader } from './reader'

/** The reader's site with its name and navigation in `locale`. */
export const getSiteIn = cache(async (reader: Reader, locale: Locale) =>
  reader.payload.findByID({ collection: 'sites', id: reader.site.id, locale, depth: 0, overrideAccess: false }),
)
