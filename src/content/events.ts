import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import type { Event } from '@/payload-types'
import { onSite } from '@/plugins/site-tenancy/resolveSite'

import { findTranslated } from './fallback'
import { asReader, type Reader } from './reader'

const translatable: (keyof Event & string)[] = ['title', 'summary', 'body', 'audience']

/**
 * The site's events. An event is upcoming until it ends (or, without an end, until its start day
 * is over), so a conference stays "upcoming" while it runs.
 */
export const listEvents = cache(
  async (
    reader: Reader,
    locale: Locale,
    when: 'upcoming' | 'past' | 'all',
    { type, limit = 100 }: { type?: Event['type']; limit?: number } = {},
  ) => {
    const dayAgo = new Date(Date.now() - 24 * 3600_000).toISOString()
    const now = new Date().toISOString()
    const upcoming: Where = {
      or: [
        { endsAt: { greater_than_equal: now } },
        { and: [{ endsAt: { exists: false } }, { startsAt: { greater_than_equal: dayAgo } }] },
      ],
    }
    const past: Where = {
      or: [
        { endsAt: { less_than: now } },
        { and: [{ endsAt: { exists: false } }, { startsAt: { less_than: dayAgo } }] },
      ],
    }
    return findTranslated<Event>(reader.payload, 'events', locale, ['title', 'summary'], {
      where: {
        and: [
          onSite(reader.site),
          ...(type ? [{ type: { equals: type } }] : []),
          ...(when === 'upcoming' ? [upcoming] : when === 'past' ? [past] : []),
        ],
      },
      sort: when === 'upcoming' ? 'startsAt' : '-startsAt',
      limit,
      depth: 1,
      access: asReader(reader),
    })
  },
)

export const getEvent = cache(async (reader: Reader, locale: Locale, id: number) => {
  const { docs } = await findTranslated<Event>(reader.payload, 'events', locale, translatable, {
    where: { and: [onSite(reader.site), { id: { equals: id } }] },
    limit: 1,
    depth: 1,
    access: asReader(reader),
  })
  return docs[0] ?? null
})
