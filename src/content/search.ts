import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { onSite } from '@/tenancy/resolveSite'

import { idsMatchingInLocaleOrEnglish } from './fallback'
import { asReader, type Reader } from './reader'

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
  const text = (fields: string[]) => ({ or: fields.map((field) => ({ [field]: { like: q } })) })
  const common = { locale, limit: 20, depth: 0, ...asReader(reader) }
  const [news, events, pages, deliverables] = await Promise.all([
    reader.payload.find({
      collection: 'news',
      where: { and: [onSite(reader.site), text(['title', 'summary'])] },
      sort: '-publishedAt',
      ...common,
    }),
    reader.payload.find({
      collection: 'events',
      where: { and: [onSite(reader.site), text(['title', 'summary'])] },
      sort: '-startsAt',
      ...common,
    }),
    reader.payload.find({
      collection: 'pages',
      where: { and: [onSite(reader.site), text(['title', 'summary'])] },
      ...common,
    }),
    reader.payload.find({ collection: 'deliverables', where: text(['title', 'code']), sort: 'code', ...common }),
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
