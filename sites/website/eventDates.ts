import type { Locale } from '@/i18n/locales'
import type { Event } from '@/payload-types'
import { dateFormat } from '@sites/shared/format'

/**
 * When an event takes place, in the event's own time zone: days only for all-day events, a
 * range when it spans days.
 */
export const formatEventDates = (
  locale: Locale,
  event: Pick<Event, 'startsAt' | 'endsAt' | 'allDay' | 'startsAt_tz'>,
) => {
  const timeZone = event.startsAt_tz || 'UTC'
  const options: Intl.DateTimeFormatOptions = event.allDay
    ? { dateStyle: 'long', timeZone }
    : { dateStyle: 'long', timeStyle: 'short', timeZone }
  const format = dateFormat(locale, options)
  const start = new Date(event.startsAt)
  if (!event.endsAt) return format.format(start)
  return format.formatRange(start, new Date(event.endsAt))
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export const dayIn = (iso: string, timeZone = 'UTC') =>
  dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso))
