import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { getReader } from '@/content/reader'
import { search } from '@/content/search'
import { samePath } from '@sites/website/alternates'
import { PageFrame } from '@sites/website/components/PageFrame'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'

type Props = LocaleParams & { searchParams: Promise<Record<string, string | string[] | undefined>> }

const queryOf = async (searchParams: Props['searchParams']) => {
  const { q } = await searchParams
  return typeof q === 'string' ? q.trim().slice(0, 100) : ''
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'search' })
  // Result pages are not for search engines.
  return pageMetadata({
    locale,
    title: t('title'),
    alternates: samePath((await getReader()).site, '/search'),
    noindex: true,
  })
}

/** Search across news, events, deliverables and pages, in the reader's language. */
export default async function SearchPage(props: Props) {
  const { locale, reader } = await openPage(props)
  const q = await queryOf(props.searchParams)
  const t = await getTranslations('search')
  const hits = q.length >= 2 ? await search(reader, locale, q) : []
  const href = (hit: (typeof hits)[number]) =>
    hit.kind === 'deliverables'
      ? `/${locale}/deliverables`
      : hit.kind === 'pages'
        ? `/${locale}/${hit.slug}`
        : `/${locale}/${hit.kind}/${hit.slug}`
  return (
    <PageFrame locale={locale} alternates={samePath(reader.site, `/search${q ? `?q=${encodeURIComponent(q)}` : ''}`)}>
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
          <ul>
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
    </PageFrame>
  )
}
