import { listEvents } from '@/content/events'
import { getReader } from '@/content/reader'
import { isLocale } from '@/i18n/locales'
import { calendarOf, calendarResponse } from '@sites/website/calendar'

/** Every event of the site as one iCal feed a calendar app can subscribe to. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const reader = await getReader()
  if (!isLocale(locale) || reader.site.key !== 'wayout') return new Response('Not found', { status: 404 })
  const { docs } = await listEvents(reader, locale, 'all', { limit: 1000 })
  return calendarResponse(
    calendarOf(docs, { name: reader.site.name, origin: reader.origin, locale }),
    'wayout-events.ics',
  )
}
