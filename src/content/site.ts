import { cache } from 'react'

import { defaultLocale, type Locale } from '@/i18n/locales'

import { keptUntilChanged } from '@/plugins/site-cache/keptUntilChanged'
import type { Reader } from './reader'

const siteIn = keptUntilChanged(['sites'], ({ payload }: Reader, id: number, locale: Locale) =>
  payload.findByID({ collection: 'sites', id, locale, depth: 0, overrideAccess: false }),
)

/**
 * The reader's site with its name and navigation in `locale`. In English it is the site the
 * request was resolved to, already read (in the default locale); in the other languages it is
 * read once and kept, like it, until a site changes.
 */
export const getSiteIn = cache(async (reader: Reader, locale: Locale) =>
  locale === defaultLocale ? reader.site : siteIn(reader, reader.site.id, locale),
)
