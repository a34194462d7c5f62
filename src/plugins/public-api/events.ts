import { happening } from '@/content/events'
import type { Event } from '@/payload-types'

import { askedSite, type AskedSite } from './askedSite'
import type { EventList, EventSummary, Queries } from './definitions'
import { translate } from './localise'
import { partnerRef } from './mappers'
import { findPage } from './paging'
import type { Context } from './problem'

const venueOf = (doc: Event, own: Event | undefined): EventSummary['venue'] => {
  const { venue } = doc
  if (doc.online || !venue || !(venue.name || venue.city || venue.country)) return null
  return { country: venue.country ?? null, ...translate(venue, own?.venue, ['name', 'city']) }
}

const eventSummary = (doc: Event, own: Event | undefined, site: AskedSite): EventSummary => {
  const text = translate(doc, own, ['title', 'slug', 'summary'])
  return {
    id: doc.id,
    ...text,
    type: doc.type,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt ?? null,
    timeZone: doc.startsAt_tz ?? 'UTC',
    allDay: doc.allDay ?? null,
    online: doc.online ?? null,
    onlineUrl: doc.onlineUrl ?? null,
    registrationUrl: doc.registrationUrl ?? null,
    venue: venueOf(doc, own),
    organiser: partnerRef(doc.organiser, own?.organiser),
    url: text.slug ? `${site.home}/events/${encodeURIComponent(text.slug)}` : `${site.home}/events`,
  }
}

export const events = async (ctx: Context, query: Queries['events']): Promise<EventList> => {
  const site = await askedSite(ctx, query.site, query.locale)
  const { docs, ownOf, ...paging } = await findPage(site, 'events', query.locale, {
    where: [happening(query.when), ...(query.type ? [{ type: { equals: query.type } }] : [])],
    field: 'startsAt',
    direction: query.when === 'upcoming' ? 'asc' : 'desc',
    paging: query,
    depth: 1,
    // The organiser is read with its names only.
    populate: { partners: { name: true, shortName: true } },
  })
  return {
    locale: query.locale,
    site: site.ref,
    ...paging,
    items: docs.map((doc) => eventSummary(doc, ownOf(doc), site)),
  }
}
