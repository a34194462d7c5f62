import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Category, News } from '@/payload-types'
import { onSite } from '@/plugins/site-tenancy/resolveSite'

import { findTranslated } from './fallback'
import { asReader, type Reader } from './reader'

export const newsPageSize = 10

const translatable: (keyof News & string)[] = ['title', 'summary', 'body']

/** The site's news, newest first, optionally in one category. */
export const listNews = cache(
  async (
    reader: Reader,
    locale: Locale,
    { category, page = 1, limit = newsPageSize }: { category?: number; page?: number; limit?: number } = {},
  ) => {
    const where: Where = { and: [onSite(reader.site), ...(category ? [{ categories: { contains: category } }] : [])] }
    return findTranslated<News>(reader.payload, 'news', locale, ['title', 'summary'], {
      where,
      sort: '-publishedAt',
      limit,
      page,
      depth: 1,
      access: asReader(reader),
    })
  },
)

/** One article, in `locale`, with the fields still in English listed. */
export const getArticle = cache(async (reader: Reader, locale: Locale, id: number) => {
  const { docs } = await findTranslated<News>(reader.payload, 'news', locale, translatable, {
    where: { and: [onSite(reader.site), { id: { equals: id } }] },
    limit: 1,
    depth: 1,
    access: asReader(reader),
  })
  return docs[0] ?? null
})

export const listCategories = cache(async (reader: Reader, locale: Locale) =>
  findTranslated<Category>(reader.payload, 'categories', locale, ['title'], {
    sort: 'title',
    limit: 100,
    access: asReader(reader),
  }),
)
