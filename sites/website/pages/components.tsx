import { getTranslations } from 'next-intl/server'

import { listEvents } from '@/content/events'
import { listNews } from '@/content/news'
import { getObjectives, getOutcomes, getPartners } from '@/content/project'
import type { Locale } from '@/i18n/locales'
import { pageRoutes } from '@/plugins/site-cache/routes'
import { Pagination } from '@sites/shared/components/Pagination'
import { definePage } from '@sites/shared/definePage'

import { EventList } from '../components/EventList'
import { NewsList } from '../components/NewsList'
import { PartnerStrip } from '../components/PartnerStrip'
import { Statements } from '../components/Statements'

type Shown = {
  news: Awaited<ReturnType<typeof listNews>>
  events: Awaited<ReturnType<typeof listEvents>>
  objectives: Awaited<ReturnType<typeof getObjectives>>
  outcomes: Awaited<ReturnType<typeof getOutcomes>>
  partners: Awaited<ReturnType<typeof getPartners>>
}

/** Every component once, with the site's own content, in a box forced to one theme. */
const Showcase = async ({ theme, locale, data }: { theme: 'light' | 'dark'; locale: Locale; data: Shown }) => {
  const [t, partners] = await Promise.all([
    getTranslations({ locale, namespace: 'components' }),
    getTranslations({ locale, namespace: 'partners' }),
  ])
  const id = (name: string) => `${theme}-${name}`
  return (
    <section className={`theme-${theme} showcase`} aria-labelledby={id('theme')}>
      <h2 id={id('theme')}>{t(theme)}</h2>
      <h3>{t('buttons')}</h3>
      <p className="actions">
        <a className="button" href={`/${locale}/about`}>
          {t('primary')}
        </a>
        <a className="button button-secondary" href={`/${locale}/news`}>
          {t('secondary')}
        </a>
        <span className="badge">{t('sampleField')}</span>
      </p>
      <h3>{t('notices')}</h3>
      <p className="notice">{t('sampleText')}</p>
      <p className="lead">{t('sampleTitle')}</p>
      <p className="meta">{t('sampleText')}</p>
      <h3>{t('cards')}</h3>
      <NewsList locale={locale} items={data.news.docs} />
      <EventList locale={locale} items={data.events.docs} />
      <h3>{t('rows')}</h3>
      <ul className="rows">
        {data.news.docs.map((item) => (
          <li key={item.id}>
            <a href={`/${locale}/news/${item.slug}`}>{item.title}</a>
            <span className="meta">{item.summary}</span>
          </li>
        ))}
      </ul>
      <Statements id={id('objectives')} heading={t('statements')} items={data.objectives.docs} numbered />
      <Statements id={id('outcomes')} heading={t('statements')} items={data.outcomes.docs.slice(0, 2)} />
      <h3>{t('partners')}</h3>
      <PartnerStrip partners={data.partners.docs} logoLabel={(name) => partners('logo', { name })} />
      <h3>{t('forms')}</h3>
      <form className="filters" action={`/${locale}/search`} method="get">
        <label htmlFor={id('field')}>{t('sampleField')}</label>
        <input id={id('field')} type="search" name="q" minLength={2} />
        <button type="submit">{t('primary')}</button>
      </form>
      <Pagination page={2} pages={3} href={(page) => `/${locale}/news?page=${page}`} />
    </section>
  )
}

/** For editors and developers: every public component in the light and the dark theme. Not indexed. */
export const componentsPage = definePage({
  site: 'wayout',
  path: '/components',
  route: pageRoutes.components,
  unindexed: 'noindex',
  load: async ({ reader, locale }) => {
    const [news, events, objectives, outcomes, partners] = await Promise.all([
      listNews(reader, locale, { limit: 2 }),
      listEvents(reader, locale, 'all', { limit: 2 }),
      getObjectives(reader, locale),
      getOutcomes(reader, locale),
      getPartners(reader, locale),
    ])
    return { news, events, objectives, outcomes, partners }
  },
  head: async (_data, { locale }) => ({
    title: (await getTranslations({ locale, namespace: 'components' }))('title'),
  }),
  view: async (data, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'components' })
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <div className="showcases">
          <Showcase theme="light" locale={locale} data={data} />
          <Showcase theme="dark" locale={locale} data={data} />
        </div>
      </>
    )
  },
})
