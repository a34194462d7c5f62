import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { News } from '@/payload-types'

import { findTranslated, keptTranslated, noteGaps } from './fallback'
import { asReaderOn } from './read'
import type { Reader } from './reader'

export const newsPageSize = 10

const translatable: (keyof News & string)[] = ['title', 'summary', 'body']

/**
 * Of the documents a news item names, what pages show: a card's picture, a related item's card
 * and a category's name. Populating only these keeps each render from reading whole documents.
 */
const listed = {
  news: { title: true, slug: true, summary: true, publishedAt: true, heroImage: true, sites: true },
  categories: { title: true },
} as const

/**
 * What lists, the feed and the sitemap show of an item: not its body (every locale's), its
 * relations, its sites or its translation status (each of those a join or a query per item).
 */
const card = {
  body: false,
  relatedNews: false,
  categories: false,
  meta: false,
  sites: false,
  missingLocales: false,
} as const

/**
 * The site's news, newest first, optionally in one category. `counted`: with the number of pages
 * (one more query); lists without paging skip it.
 */
export const listNews = cache(
  async (
    reader: Reader,
    locale: Locale,
    {
      category,
      page = 1,
      limit = newsPageSize,
      counted = false,
    }: { category?: number; page?: number; limit?: number; counted?: boolean } = {},
  ) => {
    const where: Where | undefined = category ? { categories: { contains: category } } : undefined
    const { context, mark } = noteGaps('news')
    const found = await reader.payload.find({
      collection: 'news',
      locale,
      select: card,
      sort: '-publishedAt',
      limit,
      page,
      pagination: counted,
      depth: 1,
      populate: listed,
      context,
      ...asReaderOn(reader, 'news', where),
    })
    return mark(found, ['title', 'summary'])
  },
)

/** A news item as lists show it. */
export type NewsCard = Awaited<ReturnType<typeof listNews>>['docs'][number]

/** One article, in `locale`, with the fields still in English listed. */
export const getArticle = cache(async (reader: Reader, locale: Locale, id: number) => {
  const { docs } = await findTranslated(reader, 'news', locale, translatable, {
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
    depth: 1,
    populate: listed,
  })
  return docs[0] ?? null
})

const categories = keptTranslated('categories', [], ['title'], { sort: 'title', limit: 100, pagination: false })

export const listCategories = cache(async (reader: Reader, locale: Locale) => categories(reader, locale))
