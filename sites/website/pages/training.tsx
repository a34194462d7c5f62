import { getTranslations } from 'next-intl/server'

import { listEvents } from '@/content/events'
import { siteOrigin } from '@/plugins/site-tenancy/resolveSite'
import { anyUntranslated, definePage } from '@sites/shared/definePage'

import { EventList } from '../components/EventList'

/** The WP5 training course: its sessions (training events) and the call to practitioners. */
export const trainingPage = definePage({
  site: 'wayout',
  path: '/training',
  load: async ({ reader, locale }) => {
    const [sessions, practices] = await Promise.all([
      listEvents(reader, locale, 'all', { type: 'training' }),
      siteOrigin(reader.payload, 'practices'),
    ])
    return { sessions, practices }
  },
  head: async (_data, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'training' })
    return { title: t('title'), description: t('intro') }
  },
  untranslated: ({ sessions }) => anyUntranslated(...sessions.docs),
  view: async ({ sessions, practices }, { locale }) => {
    const [t, home] = await Promise.all([
      getTranslations({ locale, namespace: 'training' }),
      getTranslations({ locale, namespace: 'home' }),
    ])
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="lead prose">{t('intro')}</p>
        {sessions.docs.length ? <EventList locale={locale} items={sessions.docs} level={2} /> : <p>{t('none')}</p>}
        <section aria-labelledby="practitioners" className="notice">
          <h2 id="practitioners">{home('practitionersCall')}</h2>
          <p>{home('practitionersText')}</p>
          <p>
            <a href={`${practices}/${locale}`}>{home('practitionersLink')}</a>
          </p>
        </section>
      </>
    )
  },
})
