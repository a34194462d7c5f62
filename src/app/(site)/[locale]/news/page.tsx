import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { listCategories, listNews } from '@/content/news'
import { getReader } from '@/content/reader'
import { samePath } from '@sites/website/alternates'
import { NewsList } from '@sites/website/components/NewsList'
import { anyUntranslated, PageFrame } from '@sites/website/components/PageFrame'
import { Pagination } from '@sites/website/components/Pagination'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, wholeNumber, type LocaleParams } from '@sites/website/page'

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** `?category=<id>&page=<n>`, kept when paging and switching language; nonsense values are ignored. */
const filters = async (searchParams: Props['searchParams']) => {
  const query = await searchParams
  const category = wholeNumber(query.category) ?? undefined
  const page = wholeNumber(query.page) ?? 1
  const search = (p: number) => {
    const params = new URLSearchParams()
    if (category) params.set('category', String(category))
    if (p > 1) params.set('page', String(p))
    return params.size ? `?${params}` : ''
  }
  return { category, page, search }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  const { search, page } = await filters(searchParams)
  const t = await getTranslations({ locale, namespace: 'news' })
  return pageMetadata({
    locale,
    title: t('title'),
    alternates: samePath((await getReader()).site, `/news${search(page)}`),
  })
}

/** All news, newest first, by category, ten a page. */
export default async function NewsPage(props: Props) {
  const { locale, reader } = await openPage(props)
  const { category, page, search } = await filters(props.searchParams)
  const [t, news, categories] = await Promise.all([
    getTranslations('news'),
    listNews(reader, locale, { category, page }),
    listCategories(reader, locale),
  ])
  return (
    <PageFrame
      locale={locale}
      alternates={samePath(reader.site, `/news${search(page)}`)}
      current="/news"
      untranslated={anyUntranslated(...news.docs)}
    >
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
      <NewsList locale={locale} items={news.docs} level={2} />
      <Pagination page={news.page ?? 1} pages={news.totalPages} href={(p) => `/${locale}/news${search(p)}`} />
    </PageFrame>
  )
}
