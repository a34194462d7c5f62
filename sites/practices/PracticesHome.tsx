import { getTranslations } from 'next-intl/server'

import { listPractices, practiceFacets, type PracticeFilters } from '@/content/practices'
import type { Reader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'
import { siteOrigin } from '@/plugins/site-tenancy/resolveSite'
import { samePath } from '@sites/website/alternates'
import { anyUntranslated, PageFrame } from '@sites/website/components/PageFrame'
import { Pagination } from '@sites/website/components/Pagination'
import { Text } from '@sites/website/components/Text'
import { countryName } from '@sites/website/format'

/** The WP7 repository's home: what it is, filters (plain GET form, no script) and the results. */
export const PracticesHome = async ({
  reader,
  locale,
  filters,
}: {
  reader: Reader
  locale: Locale
  filters: PracticeFilters
}) => {
  const [t, tSubmit] = await Promise.all([getTranslations('practices'), getTranslations('practiceSubmission')])
  const [practices, facets, project] = await Promise.all([
    listPractices(reader, locale, filters),
    practiceFacets(reader, locale),
    siteOrigin(reader.payload, 'wayout'),
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
    <PageFrame
      locale={locale}
      alternates={samePath(reader.site, '/')}
      current="/"
      untranslated={anyUntranslated(...practices.docs)}
    >
      <h1>{t('title')}</h1>
      <p className="lead prose">{t('intro')}</p>
      <p>
        <a href={`/${locale}/practices/submit`}>{tSubmit('link')}</a>
      </p>
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
      <h2 id="practice-list">
        {t('list')} <span className="meta">({t('found', { count: practices.totalDocs })})</span>
      </h2>
      {practices.docs.length ? (
        <ul className="grid">
          {practices.docs.map((practice) => (
            <li key={practice.id} className="card">
              <h3>
                <a
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
      <p>
        <a href={`${project}/${locale}`}>{(await getTranslations('site'))('projectSite')}</a>
      </p>
    </PageFrame>
  )
}
