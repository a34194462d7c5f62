import { Feed } from 'feed'

import { listNews } from '@/content/news'
import { getProject } from '@/content/project'
import { getReader } from '@/content/reader'
import { isLocale } from '@/i18n/locales'

/** The site's twenty latest news in one language, as RSS 2.0 or Atom 1.0. */
export const newsFeed = async (params: Promise<{ locale: string }>, format: 'rss' | 'atom') => {
  const { locale } = await params
  const reader = await getReader()
  if (!isLocale(locale) || reader.site.key !== 'wayout' || !reader.site.languages.includes(locale))
    return new Response('Not found', { status: 404 })
  const [project, news] = await Promise.all([getProject(reader, locale), listNews(reader, locale, { limit: 20 })])
  const home = `${reader.origin}/${locale}`
  const feed = new Feed({
    title: `${project.name} – ${project.fullTitle}`,
    description: project.tagline ?? undefined,
    id: `${home}/news`,
    link: `${home}/news`,
    language: locale,
    copyright: project.name,
    updated: news.docs[0]?.publishedAt ? new Date(news.docs[0].publishedAt) : new Date(project.updatedAt ?? Date.now()),
    feedLinks: { rss: `${home}/news/rss.xml`, atom: `${home}/news/atom.xml` },
  })
  for (const item of news.docs) {
    const link = `${home}/news/${item.slug}`
    feed.addItem({
      title: item.title,
      id: link,
      link,
      description: item.summary ?? undefined,
      date: new Date(item.publishedAt ?? item.updatedAt),
      published: item.publishedAt ? new Date(item.publishedAt) : undefined,
    })
  }
  return new Response(format === 'rss' ? feed.rss2() : feed.atom1(), {
    headers: { 'content-type': `application/${format === 'rss' ? 'rss' : 'atom'}+xml; charset=utf-8` },
  })
}
