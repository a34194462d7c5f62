import { getTranslations } from 'next-intl/server'

import { listEvents } from '@/content/events'
import { listNews } from '@/content/news'
import { getObjectives, getOutcomes, getPartners, getProject } from '@/content/project'
import { siteOrigin } from '@/plugins/site-tenancy/resolveSite'
import { Text } from '@sites/shared/components/Text'
import { anyUntranslated, definePage } from '@sites/shared/definePage'

import { EventList } from '../components/EventList'
import { NewsList } from '../components/NewsList'
import { NewsletterSignUp } from '@sites/shared/forms/NewsletterSignUp'
import { Statements } from '../components/Statements'

/** The project website's home page. */
export const projectHome = definePage({
  site: 'wayout',
  path: '/',
  load: async ({ reader, locale }) => {
    const [project, objectives, outcomes, news, events, partners, practices] = await Promise.all([
      getProject(reader, locale),
      getObjectives(reader, locale),
      getOutcomes(reader, locale),
      listNews(reader, locale, { limit: 3 }),
      listEvents(reader, locale, 'upcoming', { limit: 3 }),
      getPartners(reader, locale),
      siteOrigin(reader.payload, 'practices'),
    ])
    return { project, objectives, outcomes, news, events, partners, practices: `${practices}/${locale}` }
  },
  head: ({ project }) => ({ title: project.fullTitle }),
  untranslated: ({ project, objectives, outcomes, news, events }) =>
    project.fellBack.length > 0 || anyUntranslated(...objectives.docs, ...outcomes.docs, ...news.docs, ...events.docs),
  view: async ({ project, objectives, outcomes, news, events, partners, practices }, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'home' })
    const english = (field: string) => project.fellBack.includes(field)
    return (
      <>
        <Text as="h1" english={english('fullTitle')}>
          {project.fullTitle}
        </Text>
        {project.tagline && (
          <Text as="p" english={english('tagline')} className="lead">
            {project.tagline}
          </Text>
        )}
        {project.summary && (
          <Text as="p" english={english('summary')} className="prose">
            {project.summary}
          </Text>
        )}
        <Statements id="objectives" heading={t('objectives')} items={objectives.docs} numbered />
        <Statements id="outcomes" heading={t('outcomes')} items={outcomes.docs} />
        <section aria-labelledby="latest-news">
          <h2 id="latest-news">{t('latestNews')}</h2>
          <NewsList locale={locale} items={news.docs} />
          <p>
            <a href={`/${locale}/news`}>{t('allNews')}</a>
          </p>
        </section>
        <section aria-labelledby="upcoming-events">
          <h2 id="upcoming-events">{t('upcomingEvents')}</h2>
          {events.docs.length ? <EventList locale={locale} items={events.docs} /> : <p>{t('noUpcomingEvents')}</p>}
          <p>
            <a href={`/${locale}/events`}>{t('allEvents')}</a>
          </p>
        </section>
        <section aria-labelledby="partners">
          <h2 id="partners">{t('partners')}</h2>
          <ul className="partner-strip">
            {partners.docs.map((partner) => (
              <li key={partner.id}>
                {partner.website ? <a href={partner.website}>{partner.shortName}</a> : partner.shortName}
              </li>
            ))}
          </ul>
          <p>
            <a href={`/${locale}/partners`}>{t('allPartners')}</a>
          </p>
        </section>
        <section aria-labelledby="practitioners" className="notice">
          <h2 id="practitioners">{t('practitionersCall')}</h2>
          <p>{t('practitionersText')}</p>
          <p>
            <a href={practices}>{t('practitionersLink')}</a>
          </p>
        </section>
        <section aria-labelledby="newsletter" id="subscribe">
          <h2 id="newsletter">{t('newsletter')}</h2>
          <p>{t('newsletterText')}</p>
          <p>
            <a href={`/${locale}/newsletters`}>{t('newsletter')}</a>
          </p>
          <NewsletterSignUp locale={locale} />
        </section>
      </>
    )
  },
})
