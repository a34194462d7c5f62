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
import { PartnerStrip } from '../components/PartnerStrip'
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
    const [t, partnerText] = await Promise.all([
      getTranslations({ locale, namespace: 'home' }),
      getTranslations({ locale, namespace: 'partners' }),
    ])
    const english = (field: string) => project.fellBack.includes(field)
    return (
      <>
        <section className="hero" aria-labelledby="project-title">
          <p className="eyebrow">{project.name}</p>
          <Text as="h1" english={english('fullTitle')}>
            <span id="project-title">{project.fullTitle}</span>
          </Text>
          {project.tagline && (
            <Text as="p" english={english('tagline')} className="lead">
              {project.tagline}
            </Text>
          )}
          <p className="actions">
            <a className="button" href={`/${locale}/about`}>
              {t('heroAbout')}
            </a>
            <a className="button button-secondary" href="#subscribe">
              {t('heroSubscribe')}
            </a>
          </p>
        </section>
        {project.summary && (
          <Text as="p" english={english('summary')} className="lead">
            {project.summary}
          </Text>
        )}
        <div className="two-up">
          <Statements id="objectives" heading={t('objectives')} items={objectives.docs} numbered />
          <Statements id="outcomes" heading={t('outcomes')} items={outcomes.docs} />
        </div>
        <section aria-labelledby="latest-news">
          <div className="section-head">
            <h2 id="latest-news">{t('latestNews')}</h2>
            <a href={`/${locale}/news`}>{t('allNews')}</a>
          </div>
          <NewsList locale={locale} items={news.docs} />
        </section>
        <section aria-labelledby="upcoming-events">
          <div className="section-head">
            <h2 id="upcoming-events">{t('upcomingEvents')}</h2>
            <a href={`/${locale}/events`}>{t('allEvents')}</a>
          </div>
          {events.docs.length ? <EventList locale={locale} items={events.docs} /> : <p>{t('noUpcomingEvents')}</p>}
        </section>
        <section aria-labelledby="partners">
          <div className="section-head">
            <h2 id="partners">{t('partners')}</h2>
            <a href={`/${locale}/partners`}>{t('allPartners')}</a>
          </div>
          <PartnerStrip partners={partners.docs} logoLabel={(name) => partnerText('logo', { name })} />
        </section>
        <section aria-labelledby="practitioners" className="notice callout">
          <h2 id="practitioners">{t('practitionersCall')}</h2>
          <p>{t('practitionersText')}</p>
          <p>
            <a className="button" href={practices}>
              {t('practitionersLink')}
            </a>
          </p>
        </section>
        <section aria-labelledby="newsletter" id="subscribe" className="signup">
          <div>
            <h2 id="newsletter">{t('newsletter')}</h2>
            <p>{t('newsletterText')}</p>
            <p>
              <a href={`/${locale}/newsletters`}>{t('newsletter')}</a>
            </p>
          </div>
          <div>
            <NewsletterSignUp locale={locale} />
          </div>
        </section>
      </>
    )
  },
})
