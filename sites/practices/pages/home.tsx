import { getTranslations } from 'next-intl/server'

import { listPractices, practiceFacets } from '@/content/practices'
import { siteOrigin } from '@/plugins/site-tenancy/resolveSite'
import { Pagination } from '@sites/shared/components/Pagination'
import { Text } from '@sites/shared/components/Text'
import { anyUntranslated, definePage } from '@sites/shared/definePage'
import { countryName } from '@sites/shared/format'
import { queryText, wholeNumber } from '@sites/shared/urlValues'
import { pageRoutes } from '@/plugins/site-cache/routes'

/** The WP7 repository's home: what it is, filters (plain GET form, no script) and the results. */
export const practicesHome = definePage({
  site: 'practices',
  path: '/',
  route: pageRoutes.practicesHome,
  load: async ({ reader, locale, query }) => {
    const filters = {
      country: queryText(query.country),
      setting: queryText(query.setting),
      targetGroup: queryText(query.targetGroup),
      q: queryText(query.q),
      page: wholeNumber(queryText(query.page)) ?? 1,
    }
    const [practices, facets, project] = await Promise.all([
      listPractices(reader, locale, filters),
      practiceFacets(reader, locale),
      siteOrigin(reader.payload, 'wayout'),
    ])
    return { filters, practices, facets, project }
  },
  head: async (_data, { locale }) => ({ title: (await getTranslations({ locale, namespace: 'practices' }))('title') }),
  untranslated: ({ practices }) => anyUntranslated(...practices.docs),
  view: async ({ filters, practices, facets, project }, { locale }) => {
    const [t, tSubmit, site] = await Promise.all([
      getTranslations({ locale, namespace: 'practices' }),
      getTranslations({ locale, namespace: 'practiceSubmission' }),
      getTranslations({ locale, namespace: 'site' }),
    ])
    const query = (page: number) => {
      const params = new URLSearchParams(
        Object.entries({ ...filters, page: String(page) }).filter((entry): entry is [string, string] =>
          Boolean(entry[1]),
        ),
      )
      return `/${locale}?${params}`
    }
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="lead prose">{t('intro')}</p>
        <p>
          <a className="button" href={`/${locale}/practices/submit`}>
            {tSubmit('link')}
          </a>
        </p>
        <div className="with-filters">
          <form className="filters" method="get" action={`/${locale}`} aria-labelledby="practice-list">
            <label>
              {t('country')}
              <select name="country" defaultValue={filters.country ?? ''}>
                <option value="">{t('any')}</option>
                {facets.countries.map((code) => (
                  <option key={code} value={code}>
                    {countryName(locale, code)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('setting')}
              <select name="setting" defaultValue={filters.setting ?? ''}>
                <option value="">{t('any')}</option>
                {facets.settings.map((setting) => (
                  <option key={setting} value={setting}>
                    {t('settingValue', { setting })}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('targetGroup')}
              <select name="targetGroup" defaultValue={filters.targetGroup ?? ''}>
                <option value="">{t('any')}</option>
                {facets.targetGroups.map((group) => (
                  <option key={group} value={group}>
                    {group}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('search')}
              <input type="search" name="q" defaultValue={filters.q ?? ''} />
            </label>
            <button type="submit">{t('apply')}</button>
            <a href={`/${locale}`}>{t('reset')}</a>
          </form>
          <div>
            <h2 id="practice-list">
              {t('list')} <span className="meta">({t('found', { count: practices.totalDocs })})</span>
            </h2>
            {practices.docs.length ? (
              <ul className="grid">
                {practices.docs.map((practice) => (
                  <li key={practice.id} className="card">
                    <h3>
                      <a
                        className="card-link"
                        href={`/${locale}/practices/${practice.id}`}
                        lang={practice.fellBack.includes('title') ? 'en' : undefined}
                      >
                        {practice.title}
                      </a>
                    </h3>
                    <p className="meta">
                      {countryName(locale, practice.country)} ·{' '}
                      {practice.setting.map((setting) => t('settingValue', { setting })).join(', ')}
                    </p>
                    <Text as="p" english={practice.fellBack.includes('targetGroup')}>
                      {t('targetGroup')}: {practice.targetGroup}
                    </Text>
                  </li>
                ))}
              </ul>
            ) : (
              <p role="status">{t('none')}</p>
            )}
            <Pagination page={practices.page ?? 1} pages={practices.totalPages} href={query} />
          </div>
        </div>
        <p>
          <a href={`${project}/${locale}`}>{site('projectSite')}</a>
        </p>
      </>
    )
  },
})
