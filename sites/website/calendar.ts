import ical from 'ical-generator'

import type { Locale } from '@/i18n/locales'
import type { Event } from '@/payload-types'
import { countryName } from '@sites/shared/format'

import { dayIn } from './eventDates'

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 24 * 3600_000)

/**
 * An iCalendar file of events. All-day events are whole days in the event's own time zone (DTEND
 * is the day after the last, as RFC 5545 wants); timed events are exact instants in UTC, which
 * every calendar shows in the reader's own zone.
 */
export const calendarOf = (
  events: Event[],
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

export const calendarResponse = (body: string, filename: string) =>
  new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    },
  })
