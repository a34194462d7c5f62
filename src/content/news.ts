import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { News } from '@/payload-types'

import { findTranslated } from './fallback'
import type { Reader } from './reader'

export const newsPageSize = 10

const translatable: (keyof News & string)[] = ['title', 'summary', 'body']

/** The site's news, newest first, optionally in one category. */
export const listNews = cache(
  async (
    reader: Reader,
    locale: Locale,
    { category, page = 1, limit = newsPageSize }: { category?: number; page?: number; limit?: number } = {},
  ) => {
    const where: Where | undefined = category ? { categories: { contains: category } } : undefined
    return findTranslated(reader, 'news', locale, ['title', 'summary'], {
      where,
      sort: '-publishedAt',
      limit,
      page,
      depth: 1,
    })
  },
)

/** One article, in `locale`, with the fields still in English listed. */
export const getArticle = cache(async (reader: Reader, locale: Locale, id: number) => {
  const { docs } = await findTranslated(reader, 'news', locale, translatable, {
    where: { id: { equals: id } },
    limit: 1,
    depth: 1,
  })
  return docs[0] ?? null
})

export const listCategories = cache(async (reader: Reader, locale: Locale) =>
  findTranslated(reader, 'categories', locale, ['title'], { sort: 'title', limit: 100 }),
)
