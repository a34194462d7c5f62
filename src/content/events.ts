import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Event } from '@/payload-types'

import { findTranslated, noteGaps } from './fallback'
import { asReaderOn } from './read'
import type { Reader } from './reader'

const translatable: (keyof Event & string)[] = ['title', 'summary', 'body', 'audience']

/** Of the organiser, pages show the name and website; not the whole partner (logo, description). */
const populate = { partners: { name: true, website: true } } as const

/** An event is upcoming until it ends (or, without an end, until its start day is over). */
export const happening = (when: 'upcoming' | 'past'): Where => {
  const now = new Date().toISOString()
  const dayAgo = new Date(Date.now() - 24 * 3600_000).toISOString()
  return when === 'upcoming'
    ? {
        or: [
          { endsAt: { greater_than_equal: now } },
          { and: [{ endsAt: { exists: false } }, { startsAt: { greater_than_equal: dayAgo } }] },
        ],
      }
    : {
        or: [
          { endsAt: { less_than: now } },
          { and: [{ endsAt: { exists: false } }, { startsAt: { less_than: dayAgo } }] },
        ],
      }
}

/**
 * What lists, the calendar and the sitemap show of an event: not its body, agenda, organiser,
 * sites or translation status (the last two a join or a query per event).
 */
const card = {
  body: false,
  agenda: false,
  audience: false,
  organiser: false,
  meta: false,
  sites: false,
  missingLocales: false,
} as const

/** The site's events; a conference stays "upcoming" while it runs. */
export const listEvents = cache(
  async (
    reader: Reader,
    locale: Locale,
    when: 'upcoming' | 'past' | 'all',
    { type, limit = 100 }: { type?: Event['type']; limit?: number } = {},
  ) => {
    const and: Where[] = [...(type ? [{ type: { equals: type } }] : []), ...(when === 'all' ? [] : [happening(when)])]
    const { context, mark } = noteGaps('events')
    const found = await reader.payload.find({
      collection: 'events',
      locale,
      select: card,
      sort: when === 'upcoming' ? 'startsAt' : '-startsAt',
      limit,
      pagination: false,
      depth: 0,
      context,
      ...asReaderOn(reader, 'events', and.length ? { and } : undefined),
    })
    return mark(found, ['title', 'summary'])
  },
)

/** An event as lists show it. */
export type EventCard = Awaited<ReturnType<typeof listEvents>>['docs'][number]

export const getEvent = cache(async (reader: Reader, locale: Locale, id: number) => {
  const { docs } = await findTranslated(reader, 'events', locale, translatable, {
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
    depth: 1,
    populate,
  })
  return docs[0] ?? null
})
