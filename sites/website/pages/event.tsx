import { getTranslations } from 'next-intl/server'

import { getEvent } from '@/content/events'
import type { Event } from '@/payload-types'
import { Prose } from '@sites/shared/components/Prose'
import { Text } from '@sites/shared/components/Text'
import { definePage, type PageContext } from '@sites/shared/definePage'
import { countryName } from '@sites/shared/format'
import { findBySlugIn, slugAddress } from '@sites/shared/slugAddress'

import { JsonLd } from '../components/JsonLd'
import { dayIn, formatEventDates } from '../eventDates'
import { documentTag } from '@/plugins/site-cache/tags'
import { withMeta } from '@sites/shared/metadata'

/** One event: dates in its own time zone, place, registration, agenda, calendar file, JSON-LD. */
export const eventPage = definePage({
  site: 'wayout',
  ...slugAddress('/events'),
  section: '/events',
  tags: ({ id }) => [documentTag('events', id)],
  load: async ({ reader, locale, params }: PageContext<{ slug: string }>) => {
    const found = await findBySlugIn(reader, 'events', locale, params.slug)
    const event = found && (await getEvent(reader, locale, found.id))
    return event && { ...found, event }
  },
  head: ({ event }) => withMeta(event.meta, { title: event.title, description: event.summary }),
  untranslated: ({ event }) => event.fellBack.length > 0,
  view: async ({ event, canonical }, { reader, locale }) => {
    const t = await getTranslations({ locale, namespace: 'events' })
    const agenda = typeof event.agenda === 'object' ? event.agenda : null
    const organiser = typeof event.organiser === 'object' ? event.organiser : null
    const english = (field: keyof Event) => event.fellBack.includes(field)
    const place = [event.venue?.name, event.venue?.city, countryName(locale, event.venue?.country)]
      .filter(Boolean)
      .join(', ')
    const zone = event.startsAt_tz || 'UTC'
    return (
      <>
        <article>
          <p className="meta">{t('type', { type: event.type })}</p>
          <Text as="h1" english={english('title')}>
            {event.title}
          </Text>
          <dl className="facts">
            <dt>{t('when')}</dt>
            <dd>
              <time dateTime={event.startsAt}>{formatEventDates(locale, event)}</time>
              {!event.allDay && <span className="meta"> {t('timeZone', { zone })}</span>}
            </dd>
            <dt>{t('where')}</dt>
            <dd>{event.online ? t('online') : place || '—'}</dd>
            {event.audience && (
              <>
                <dt>{t('audience')}</dt>
                <Text as="dd" english={english('audience')}>
                  {event.audience}
                </Text>
              </>
            )}
            {organiser && (
              <>
                <dt>{t('organiser')}</dt>
                <dd>{organiser.name}</dd>
              </>
            )}
          </dl>
          {event.summary && (
            <Text as="p" english={english('summary')} className="lead prose">
              {event.summary}
            </Text>
          )}
          <Prose data={event.body} english={english('body')} />
          <ul className="tags">
            {event.registrationUrl && (
              <li>
                <a href={event.registrationUrl}>{t('register')}</a>
              </li>
            )}
            {agenda?.url && (
              <li>
                <a href={agenda.url} download>
                  {t('agenda')}
                </a>
              </li>
            )}
            <li>
              <a href={`/${locale}/events/${canonical}/event.ics`} download>
                {t('addToCalendar')}
              </a>
            </li>
          </ul>
        </article>
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            '@type': 'Event',
            name: event.title,
            description: event.summary ?? undefined,
            startDate: event.allDay ? dayIn(event.startsAt, zone) : event.startsAt,
            endDate: event.endsAt ? (event.allDay ? dayIn(event.endsAt, zone) : event.endsAt) : undefined,
            eventAttendanceMode: `https://schema.org/${event.online ? 'Online' : 'Offline'}EventAttendanceMode`,
            location: event.online
              ? {
                  '@type': 'VirtualLocation',
                  url: event.onlineUrl ?? new URL(`/${locale}/events/${canonical}`, reader.origin).toString(),
                }
              : { '@type': 'Place', name: event.venue?.name ?? place, address: place },
            organizer: organiser
              ? { '@type': 'Organization', name: organiser.name, url: organiser.website ?? undefined }
              : undefined,
            inLanguage: locale,
          }}
        />
      </>
    )
  },
})
