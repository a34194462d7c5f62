import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { listEvents } from '@/content/events'
import { getReader } from '@/content/reader'
import { samePath } from '@sites/website/alternates'
import { EventList } from '@sites/website/components/EventList'
import { anyUntranslated, PageFrame } from '@sites/website/components/PageFrame'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'events' })
  return pageMetadata({ locale, title: t('title'), alternates: samePath((await getReader()).site, '/events') })
}

/** Upcoming events first (soonest first), then past ones (latest first), and the calendar feed. */
export default async function EventsPage(props: LocaleParams) {
  const { locale, reader } = await openPage(props)
  const [t, upcoming, past] = await Promise.all([
    getTranslations('events'),
    listEvents(reader, locale, 'upcoming'),
    listEvents(reader, locale, 'past'),
  ])
  return (
    <PageFrame
      locale={locale}
      alternates={samePath(reader.site, '/events')}
      current="/events"
      untranslated={anyUntranslated(...upcoming.docs, ...past.docs)}
    >
      <h1>{t('title')}</h1>
      <p>
        <a href={`/${locale}/events/calendar.ics`}>{t('subscribe')}</a>
      </p>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t('upcoming')}</h2>
        <EventList locale={locale} items={upcoming.docs} />
      </section>
      <section aria-labelledby="past">
        <h2 id="past">{t('past')}</h2>
        <EventList locale={locale} items={past.docs} />
      </section>
    </PageFrame>
  )
}
