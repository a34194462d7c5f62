import ical from 'ical-generator'

import { getEvent, listEvents, type EventCard } from '@/content/events'
import { getReader } from '@/content/reader'
import { findBySlug } from '@/content/slugs'
import { isLocale, type Locale } from '@/i18n/locales'
import { countryName } from '@sites/shared/format'

import { dayIn } from './eventDates'

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 3600_000)

/**
 * An iCalendar file of events. All-day events are whole days in the event's own time zone (DTEND
 * is the day after the last, as RFC 5545 wants); timed events are exact instants in UTC, which
 * every calendar shows in the reader's own zone.
 */
export const calendarOf = (
  events: Omit<EventCard, 'fellBack'>[],
  { name, origin, locale }: { name: string; origin: string; locale: Locale },
) => {
  const calendar = ical({ name, prodId: { company: 'WayOut', product: 'website', language: locale.toUpperCase() } })
  const host = new URL(origin).hostname
  for (const event of events) {
    const zone = event.startsAt_tz || 'UTC'
    const place = event.online
      ? event.onlineUrl || 'Online'
      : [event.venue?.name, event.venue?.city, countryName(locale, event.venue?.country)].filter(Boolean).join(', ')
    const firstDay = dayIn(event.startsAt, zone)
    calendar.createEvent({
      id: `event-${event.id}@${host}`,
      summary: event.title,
      description: event.summary ?? undefined,
      location: place || undefined,
      url: `${origin}/${locale}/events/${event.slug}`,
      allDay: Boolean(event.allDay),
      start: event.allDay ? new Date(`${firstDay}T00:00:00Z`) : new Date(event.startsAt),
      end: event.allDay
        ? nextDay(event.endsAt ? dayIn(event.endsAt, event.endsAt_tz || zone) : firstDay)
        : event.endsAt
          ? new Date(event.endsAt)
          : undefined,
      lastModified: new Date(event.updatedAt),
    })
  }
  return calendar.toString()
}

const calendarResponse = (body: string, filename: string) =>
  new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    },
  })

type Params<Extra = object> = { params: Promise<{ locale: string } & Extra> }

const notFound = () => new Response('Not found', { status: 404 })

/** Every event of the project site as one iCal feed a calendar app can subscribe to. */
export const calendarFeed = async (_request: Request, { params }: Params) => {
  const { locale } = await params
  const reader = await getReader()
  if (!isLocale(locale) || reader.site.key !== 'wayout') return notFound()
  const { docs } = await listEvents(reader, locale, 'all', { limit: 1000 })
  return calendarResponse(
    calendarOf(docs, { name: reader.site.name, origin: reader.origin, locale }),
    'wayout-events.ics',
  )
}

/** One event as an .ics file, for "add to my calendar". */
export const eventCalendarFile = async (_request: Request, { params }: Params<{ slug: string }>) => {
  const { locale, slug } = await params
  const reader = await getReader()
  if (!isLocale(locale) || reader.site.key !== 'wayout') return notFound()
  const found = await findBySlug(reader, 'events', locale, decodeURIComponent(slug))
  const event = found && (await getEvent(reader, locale, found.id))
  if (!event) return notFound()
  return calendarResponse(
    calendarOf([event], { name: event.title, origin: reader.origin, locale }),
    `${found.canonical}.ics`,
  )
}
