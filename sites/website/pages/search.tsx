import { getTranslations } from 'next-intl/server'

import { search } from '@/content/search'
import { definePage } from '@sites/shared/definePage'
import { queryText } from '@sites/shared/urlValues'
import { pageRoutes } from '@/plugins/site-cache/routes'

/** Search across news, events, deliverables and pages, in the reader's language. */
export const searchPage = definePage({
  site: 'wayout',
  path: '/search',
  route: pageRoutes.search,
  load: async ({ reader, locale, query }) => {
    const q = queryText(query.q, 100) ?? ''
    return { q, hits: q.length >= 2 ? await search(reader, locale, q) : [] }
  },
  // The search form is a page to find; its result pages are not for search engines.
  unindexed: ({ q }) => (q ? 'noindex' : undefined),
  query: ({ q }) => (q ? `?q=${encodeURIComponent(q)}` : ''),
  head: async (_data, { locale }) => ({ title: (await getTranslations({ locale, namespace: 'search' }))('title') }),
  view: async ({ q, hits }, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'search' })
    const href = (hit: (typeof hits)[number]) =>
      hit.kind === 'deliverables'
        ? `/${locale}/deliverables`
        : hit.kind === 'pages'
          ? `/${locale}/${hit.slug}`
          : `/${locale}/${hit.kind}/${hit.slug}`
    return (
      <>
        <h1>{t('title')}</h1>
        <form className="filters" role="search" method="get" action={`/${locale}/search`}>
          <label>
            {t('query')}
            <input type="search" name="q" defaultValue={q} minLength={2} maxLength={100} required />
          </label>
          <button type="submit">{t('submit')}</button>
        </form>
        {q && q.length < 2 && <p role="status">{t('tooShort')}</p>}
        {q.length >= 2 && (
          <>
            <p role="status">{t('results', { count: hits.length, q })}</p>
            <ul className="rows">
              {hits.map((hit) => (
                <li key={`${hit.kind}-${hit.id}`}>
                  <span className="meta">{t('kind', { kind: hit.kind })}: </span>
                  <a href={href(hit)}>{hit.code ? `${hit.code} – ${hit.title}` : hit.title}</a>
                  {hit.summary && <p>{hit.summary}</p>}
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    )
  },
})
