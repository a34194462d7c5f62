import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'

import { idsMatchingInLocaleOrEnglish, read } from './read'
import type { Reader } from './reader'

export type SearchHit = {
  kind: 'news' | 'events' | 'deliverables' | 'pages'
  id: number
  title: string
  summary?: string | null
  slug?: string | null
  code?: string
}

/** Plain text search over titles and summaries of what the reader may see, in their language. */
export const search = cache(async (reader: Reader, locale: Locale, q: string): Promise<SearchHit[]> => {
  const text = (fields: string[]): Where => ({ or: fields.map((field) => ({ [field]: { like: q } })) })
  // Matched in the reader's language or in English: untranslated items are shown in English.
  const find = async <C extends 'news' | 'events' | 'pages' | 'deliverables'>(
    collection: C,
    where: Where,
    sort?: string,
  ) => {
    const ids = await idsMatchingInLocaleOrEnglish(reader, collection, locale, where)
    return read(reader, collection, locale, {
      where: { id: { in: ids.length ? ids : [0] } },
      sort,
      limit: 20,
      depth: 0,
    })
  }
  const [news, events, pages, deliverables] = await Promise.all([
    find('news', text(['title', 'summary']), '-publishedAt'),
    find('events', text(['title', 'summary']), '-startsAt'),
    find('pages', text(['title', 'summary'])),
    find('deliverables', text(['title', 'code']), 'code'),
  ])
  return [
    ...news.docs.map((doc) => ({
      kind: 'news' as const,
      id: doc.id,
      title: doc.title,
      summary: doc.summary,
      slug: doc.slug,
    })),
    ...events.docs.map((doc) => ({
      kind: 'events' as const,
      id: doc.id,
      title: doc.title,
      summary: doc.summary,
      slug: doc.slug,
    })),
    ...pages.docs.map((doc) => ({
      kind: 'pages' as const,
      id: doc.id,
      title: doc.title,
      summary: doc.summary,
      slug: doc.slug,
    })),
    ...deliverables.docs.map((doc) => ({
      kind: 'deliverables' as const,
      id: doc.id,
      title: doc.title,
      code: doc.code,
    })),
  ]
})
