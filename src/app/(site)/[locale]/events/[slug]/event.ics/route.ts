import { getEvent } from '@/content/events'
import { getReader } from '@/content/reader'
import { findBySlug } from '@/content/slugs'
import { isLocale } from '@/i18n/locales'
import { calendarOf, calendarResponse } from '@sites/website/calendar'

/** One event as an .ics file, for "add to my calendar". */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  const reader = await getReader()
  if (!isLocale(locale) || reader.site.key !== 'wayout') return new Response('Not found', { status: 404 })
  const found = await findBySlug(reader, 'events', locale, decodeURIComponent(slug))
  const event = found && (await getEvent(reader, locale, found.id))
  if (!event) return new Response('Not found', { status: 404 })
  return calendarResponse(
    calendarOf([event], { name: event.title, origin: reader.origin, locale }),
    `${found.canonical}.ics`,
  )
}
