import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { getEvent } from '@/content/events'
import { getReader } from '@/content/reader'
import { findBySlug } from '@/content/slugs'
import type { Locale } from '@/i18n/locales'
import type { Document, Event, Partner } from '@/payload-types'
import { perLocale } from '@sites/website/alternates'
import { JsonLd } from '@sites/website/components/JsonLd'
import { PageFrame } from '@sites/website/components/PageFrame'
import { Prose } from '@sites/website/components/Prose'
import { Text } from '@sites/website/components/Text'
import { countryName, dayIn, formatEventDates } from '@sites/website/format'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'

type Props = LocaleParams<{ slug: string }>

const load = async (locale: Locale, slug: string) => {
  const reader = await getReader()
  const found = await findBySlug(reader, 'events', locale, decodeURIComponent(slug))
  if (!found) return null
  const event = await getEvent(reader, locale, found.id)
  return event && { ...found, event, reader }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const found = await load(locale, slug)
  if (!found) return {}
  return pageMetadata({
    locale,
    title: found.event.title,
    description: found.event.summary,
    alternates: perLocale(found.reader.site, (code) => `/events/${found.slugs[code]}`),
  })
}

/** One event: dates in its own time zone, place, registration, agenda, calendar file, JSON-LD. */
export default async function EventPage(props: Props) {
  const { locale, reader, slug } = await openPage(props)
  const found = await load(locale, slug)
  if (!found) notFound()
  const { event, canonical, slugs } = found
  if (canonical !== decodeURIComponent(slug)) redirect(`/${locale}/events/${canonical}`)
  const t = await getTranslations('events')
  const agenda = typeof event.agenda === 'object' ? (event.agenda as Document | null) : null
  const organiser = typeof event.organiser === 'object' ? (event.organiser as Partner | null) : null
  const english = (field: keyof Event) => event.fellBack.includes(field)
  const place = [event.venue?.name, event.venue?.city, countryName(locale, event.venue?.country)]
    .filter(Boolean)
    .join(', ')
  const zone = event.startsAt_tz || 'UTC'
  return (
    <PageFrame
      locale={locale}
      alternates={perLocale(reader.site, (code) => `/events/${slugs[code]}`)}
      current="/events"
      untranslated={event.fellBack.length > 0}
    >
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
    </PageFrame>
  )
}
