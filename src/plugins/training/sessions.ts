import type { Locale } from '@/i18n/locales'
import type { CourseEdition } from '@/payload-types'

type Session = CourseEdition['sessions'][number]

/**
 * A session as people read it, in the organiser's time zone: the date alone for an all-day
 * session (the sources give days, not times), else the date with its start and end times.
 */
export const sessionText = (session: Session, locale: Locale) => {
  const timeZone = session.startsAt_tz
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }).format(new Date(session.startsAt))
  if (session.allDay) return date
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone, timeZoneName: 'short' })
  const start = time.format(new Date(session.startsAt))
  return session.endsAt ? `${date}, ${start} – ${time.format(new Date(session.endsAt))}` : `${date}, ${start}`
}

/** The edition's days, "27 January 2021 – 29 January 2021", for a heading or a certificate. */
export const editionDates = (edition: Pick<CourseEdition, 'sessions'>, locale: Locale) => {
  const days = edition.sessions.map((session) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: session.startsAt_tz }).format(
      new Date(session.startsAt),
    ),
  )
  return days.join(', ')
}

/** Registration is open from its opening date (if any) until its closing date or the first session. */
export const registrationOpen = (edition: CourseEdition, now = new Date()) => {
  const first = edition.sessions[0]?.startsAt
  const closes = edition.registrationClosesAt ?? first
  if (edition.registrationOpensAt && now < new Date(edition.registrationOpensAt)) return false
  return !closes || now < new Date(closes)
}
