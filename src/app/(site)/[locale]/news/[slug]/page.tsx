import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'

import { getArticle, listCategories } from '@/content/news'
import { getProject } from '@/content/project'
import { getReader } from '@/content/reader'
import { findBySlug } from '@/content/slugs'
import type { Locale } from '@/i18n/locales'
import type { Media, News } from '@/payload-types'
import { perLocale } from '@sites/website/alternates'
import { JsonLd } from '@sites/website/components/JsonLd'
import { NewsList } from '@sites/website/components/NewsList'
import { PageFrame } from '@sites/website/components/PageFrame'
import { Prose } from '@sites/website/components/Prose'
import { ShareLinks } from '@sites/website/components/ShareLinks'
import { Text } from '@sites/website/components/Text'
import { formatDate } from '@sites/website/format'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'

type Props = LocaleParams<{ slug: string }>

const load = async (locale: Locale, slug: string) => {
  const reader = await getReader()
  const found = await findBySlug(reader, 'news', locale, decodeURIComponent(slug))
  if (!found) return null
  const article = await getArticle(reader, locale, found.id)
  return article && { ...found, article, reader }
}

const heroOf = (article: News) => (typeof article.heroImage === 'object' ? (article.heroImage as Media | null) : null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const found = await load(locale, slug)
  if (!found) return {}
  const { article, slugs, reader } = found
  const hero = heroOf(article)
  return pageMetadata({
    locale,
    title: article.title,
    description: article.summary,
    type: 'article',
    alternates: perLocale(reader.site, (code) => `/news/${slugs[code]}`),
    image: hero?.url
      ? {
          url: hero.sizes?.hero?.url || hero.url,
          alt: hero.alt,
          width: hero.sizes?.hero?.width ?? hero.width,
          height: hero.sizes?.hero?.height ?? hero.height,
        }
      : null,
  })
}

/** One article: hero image, body, categories, related news, share links and its JSON-LD. */
export default async function ArticlePage(props: Props) {
  const { locale, reader, slug } = await openPage(props)
  const found = await load(locale, slug)
  if (!found) notFound()
  const { article, canonical, slugs } = found
  // Arrived with another language's slug (after switching language): go to this language's.
  if (canonical !== decodeURIComponent(slug)) redirect(`/${locale}/news/${canonical}`)
  const [t, categories, project] = await Promise.all([
    getTranslations('news'),
    listCategories(reader, locale),
    getProject(reader, locale),
  ])
  const hero = heroOf(article)
  const articleCategories = categories.docs.filter((category) =>
    (article.categories ?? []).some((item) => (typeof item === 'object' ? item.id : item) === category.id),
  )
  // Access already hides unpublished items; related news of another site stay there too.
  const related = (article.relatedNews ?? []).filter(
    (item): item is News =>
      typeof item === 'object' &&
      item !== null &&
      (item.sites ?? []).some((site) => (typeof site === 'object' ? site.id : site) === reader.site.id),
  )
  const url = new URL(`/${locale}/news/${canonical}`, reader.origin).toString()
  const english = (field: keyof News) => article.fellBack.includes(field)
  return (
    <PageFrame
      locale={locale}
      alternates={perLocale(reader.site, (code) => `/news/${slugs[code]}`)}
      current="/news"
      untranslated={article.fellBack.length > 0}
    >
      <article>
        <Text as="h1" english={english('title')}>
          {article.title}
        </Text>
        {article.publishedAt && (
          <p className="meta">
            <time dateTime={article.publishedAt}>
              {t('published', { date: formatDate(locale, article.publishedAt) })}
            </time>
          </p>
        )}
        {articleCategories.length > 0 && (
          <ul className="tags" aria-label={t('category')}>
            {articleCategories.map((category) => (
              <li key={category.id}>
                <a href={`/${locale}/news?category=${category.id}`}>{category.title}</a>
              </li>
            ))}
          </ul>
        )}
        {hero?.url && (
          <img
            className="hero"
            src={hero.sizes?.hero?.url || hero.url}
            alt={hero.alt}
            width={hero.sizes?.hero?.width ?? hero.width ?? undefined}
            height={hero.sizes?.hero?.height ?? hero.height ?? undefined}
          />
        )}
        {article.summary && (
          <Text as="p" english={english('summary')} className="lead prose">
            {article.summary}
          </Text>
        )}
        <Prose data={article.body} english={english('body')} />
      </article>
      <ShareLinks url={url} title={article.title} />
      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">{t('related')}</h2>
          <NewsList locale={locale} items={related.map((item) => ({ ...item, fellBack: [] }))} />
        </section>
      )}
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: article.title,
          description: article.summary ?? undefined,
          datePublished: article.publishedAt ?? undefined,
          dateModified: article.updatedAt,
          inLanguage: english('title') ? 'en' : locale,
          mainEntityOfPage: url,
          image: hero?.url ? [new URL(hero.url, reader.origin).toString()] : undefined,
          publisher: { '@type': 'Organization', name: project.name },
        }}
      />
    </PageFrame>
  )
}
