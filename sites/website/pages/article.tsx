import { getTranslations } from 'next-intl/server'

import { getArticle } from '@/content/news'
import { getProject } from '@/content/project'
import type { Category, News } from '@/payload-types'
import { Prose } from '@sites/shared/components/Prose'
import { ResponsiveImage, imageSizes } from '@sites/shared/components/ResponsiveImage'
import { Text } from '@sites/shared/components/Text'
import { definePage, type PageContext } from '@sites/shared/definePage'
import { formatDate } from '@sites/shared/format'
import { shareImageOf, withMeta } from '@sites/shared/metadata'
import { findBySlugIn, slugAddress } from '@sites/shared/slugAddress'

import { JsonLd } from '../components/JsonLd'
import { NewsList } from '../components/NewsList'
import { ShareLinks } from '../components/ShareLinks'
import { documentTag } from '@/plugins/site-cache/tags'

const heroOf = (article: News) => (typeof article.heroImage === 'object' ? article.heroImage : null)

/** One article: hero image, body, categories, related news, share links and its JSON-LD. */
export const articlePage = definePage({
  site: 'wayout',
  ...slugAddress('/news'),
  section: '/news',
  // The article, and the related news it names (their titles show at its foot).
  tags: ({ id, article }) => [
    documentTag('news', id),
    ...(article.relatedNews ?? []).flatMap((item) =>
      item === null ? [] : [documentTag('news', typeof item === 'object' ? item.id : item)],
    ),
  ],
  load: async ({ reader, locale, params }: PageContext<{ slug: string }>) => {
    const found = await findBySlugIn(reader, 'news', locale, params.slug)
    const article = found && (await getArticle(reader, locale, found.id))
    return article && { ...found, article }
  },
  head: ({ article }) =>
    withMeta(article.meta, {
      title: article.title,
      description: article.summary,
      type: 'article',
      image: shareImageOf(article.heroImage),
    }),
  untranslated: ({ article }) => article.fellBack.length > 0,
  view: async ({ article, canonical }, { reader, locale }) => {
    const [t, project] = await Promise.all([getTranslations({ locale, namespace: 'news' }), getProject(reader, locale)])
    const hero = heroOf(article)
    // Populated with their names; one the reader may not see stays an id and is left out.
    const articleCategories = (article.categories ?? [])
      .filter((item): item is Category => typeof item === 'object' && item !== null)
      .sort((a, b) => a.title.localeCompare(b.title, locale))
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
      <>
        <div className="with-aside">
          <article>
            {article.publishedAt && (
              <p className="meta">
                <time dateTime={article.publishedAt}>
                  {t('published', { date: formatDate(locale, article.publishedAt) })}
                </time>
              </p>
            )}
            <Text as="h1" english={english('title')}>
              {article.title}
            </Text>
            {article.summary && (
              <Text as="p" english={english('summary')} className="lead">
                {article.summary}
              </Text>
            )}
            {hero && (
              <ResponsiveImage className="article-hero" image={hero} alt={hero.alt} sizes={imageSizes.hero} priority />
            )}
            <Prose data={article.body} english={english('body')} />
          </article>
          <div className="aside">
            {articleCategories.length > 0 && (
              <ul className="tags" aria-label={t('category')}>
                {articleCategories.map((category) => (
                  <li key={category.id}>
                    <a href={`/${locale}/news?category=${category.id}`}>{category.title}</a>
                  </li>
                ))}
              </ul>
            )}
            <ShareLinks url={url} title={article.title} />
          </div>
        </div>
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
      </>
    )
  },
})
