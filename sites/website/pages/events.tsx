import { getTranslations } from 'next-intl/server'

import { listEvents } from '@/content/events'
import { anyUntranslated, definePage } from '@sites/shared/definePage'

import { EventList } from '../components/EventList'

/** Upcoming events first (soonest first), then past ones (latest first), and the calendar feed. */
export const eventsPage = definePage({
  site: 'wayout',
  path: '/events',
  load: async ({ reader, locale }) => {
    const [upcoming, past] = await Promise.all([
      listEvents(reader, locale, 'upcoming'),
      listEvents(reader, locale, 'past'),
    ])
    return { upcoming, past }
  },
  head: async (_data, { locale }) => ({ title: (await getTranslations({ locale, namespace: 'events' }))('title') }),
  untranslated: ({ upcoming, past }) => anyUntranslated(...upcoming.docs, ...past.docs),
  view: async ({ upcoming, past }, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'events' })
    return (
      <>
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
      </>
    )
  },
})
