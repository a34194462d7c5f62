import { getTranslations } from 'next-intl/server'

import type { EventCard } from '@/content/events'
import type { Locale } from '@/i18n/locales'
import { CardMedia } from '@sites/shared/components/CardMedia'
import { Text } from '@sites/shared/components/Text'

import { formatEventDates } from '../eventDates'
import { DateTile } from './DateTile'

/** Events as cards: the first day as a calendar leaf, type, title link, dates and place, summary. */
export const EventList = async ({
  locale,
  items,
  level = 3,
}: {
  locale: Locale
  items: EventCard[]
  level?: 2 | 3
}) => {
  const t = await getTranslations('events')
  if (!items.length) return <p>{t('none')}</p>
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <ul className="grid">
      {items.map((event) => (
        <li key={event.id} className="card">
          {/* Events have no picture of their own: the stand-in carries the date. */}
          <CardMedia>
            <DateTile locale={locale} iso={event.startsAt} timeZone={event.startsAt_tz || 'UTC'} />
          </CardMedia>
          <span className="badge">{t('type', { type: event.type })}</span>
          <Heading>
            <a
              className="card-link"
              href={`/${locale}/events/${event.slug}`}
              lang={event.fellBack.includes('title') ? 'en' : undefined}
            >
              {event.title}
            </a>
          </Heading>
          <p className="meta">
            <time dateTime={event.startsAt}>{formatEventDates(locale, event)}</time>
            {event.online ? ` · ${t('online')}` : event.venue?.city ? ` · ${event.venue.city}` : ''}
          </p>
          {event.summary && (
            <Text as="p" english={event.fellBack.includes('summary')}>
              {event.summary}
            </Text>
          )}
        </li>
      ))}
    </ul>
  )
}
