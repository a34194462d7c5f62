import { getTranslations } from 'next-intl/server'

import { listCategories, listNews } from '@/content/news'
import { Pagination } from '@sites/shared/components/Pagination'
import { anyUntranslated, definePage } from '@sites/shared/definePage'
import { wholeNumber } from '@sites/shared/urlValues'

import { NewsList } from '../components/NewsList'
import { pageRoutes } from '@/plugins/site-cache/routes'

/** `?category=<id>&page=<n>`, kept when paging and switching language; nonsense values are ignored. */
const searchOf = (category: number | undefined, page: number) => {
  const params = new URLSearchParams()
  if (category) params.set('category', String(category))
  if (page > 1) params.set('page', String(page))
  return params.size ? `?${params}` : ''
}

/** All news, newest first, by category, ten a page. */
export const newsPage = definePage({
  site: 'wayout',
  path: '/news',
  route: pageRoutes.news,
  load: async ({ reader, locale, query }) => {
    const category = wholeNumber(query.category) ?? undefined
    const page = wholeNumber(query.page) ?? 1
    const [news, categories] = await Promise.all([
      listNews(reader, locale, { category, page, counted: true }),
      listCategories(reader, locale),
    ])
    return { category, page, news, categories }
  },
  query: ({ category, page }) => searchOf(category, page),
  head: async (_data, { locale }) => ({ title: (await getTranslations({ locale, namespace: 'news' }))('title') }),
  untranslated: ({ news }) => anyUntranslated(...news.docs),
  view: async ({ category, news, categories }, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'news' })
    return (
      <>
        <h1>{t('title')}</h1>
        <form className="filters" method="get" action={`/${locale}/news`}>
          <label>
            {t('category')}
            <select name="category" defaultValue={category ? String(category) : ''}>
              <option value="">{t('allCategories')}</option>
              {categories.docs.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.title}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t('filter')}</button>
        </form>
        <NewsList locale={locale} items={news.docs} level={2} leadsPage />
        <Pagination
          page={news.page ?? 1}
          pages={news.totalPages}
          href={(p) => `/${locale}/news${searchOf(category, p)}`}
        />
      </>
    )
  },
})
