import type { MetadataRoute } from 'next'

import { listWorkPackages } from '@/content/catalogue'
import { listEvents } from '@/content/events'
import { listNews } from '@/content/news'
import { getReader } from '@/content/reader'
import { slugsOf } from '@/content/slugs'
import { defaultLocale, type Locale } from '@/i18n/locales'
import { onSite } from '@/plugins/site-tenancy/resolveSite'
import { perLocale, samePath, type Alternates } from '@sites/website/alternates'

/**
 * The sitemap of the site the host names: every public page in the site's default language with
 * its alternates in the others (the same URLs the pages' hreflang links give).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const reader = await getReader()
  const { site } = reader
  const first = (site.languages.includes(defaultLocale) ? defaultLocale : site.languages[0]) as Locale
  const entry = (alternates: Alternates, lastModified?: string | null): MetadataRoute.Sitemap[number] => ({
    url: `${reader.origin}${alternates[first]}`,
    lastModified: lastModified ?? undefined,
    alternates: {
      languages: Object.fromEntries(
        Object.entries(alternates).map(([code, path]) => [code, `${reader.origin}${path}`]),
      ),
    },
  })
  if (site.key === 'practices') {
    const { docs } = await reader.payload.find({
      collection: 'practices',
      where: { and: [onSite(site), { moderationStatus: { equals: 'published' } }] },
      pagination: false,
      depth: 0,
      select: { updatedAt: true },
      overrideAccess: false,
    })
    return [
      entry(samePath(site, '/')),
      ...docs.map((doc) => entry(samePath(site, `/practices/${doc.id}`), doc.updatedAt)),
    ]
  }
  const [news, events, workPackages] = await Promise.all([
    listNews(reader, first, { limit: 1000 }),
    listEvents(reader, first, 'all', { limit: 1000 }),
    listWorkPackages(reader, first),
  ])
  const fixed = [
    '/',
    '/about',
    '/work-packages',
    '/partners',
    '/news',
    '/events',
    '/deliverables',
    '/training',
    '/newsletters',
    '/accessibility',
    '/privacy',
    '/legal',
  ]
  const withSlugs = async (collection: 'news' | 'events', docs: { id: number; updatedAt: string }[]) => {
    const slugs = await slugsOf(
      reader,
      collection,
      docs.map((doc) => doc.id),
    )
    return docs.map((doc) =>
      entry(
        perLocale(site, (code) => `/${collection}/${slugs.get(doc.id)![code]}`),
        doc.updatedAt,
      ),
    )
  }
  return [
    ...fixed.map((path) => entry(samePath(site, path))),
    ...workPackages.docs.map((wp) => entry(samePath(site, `/work-packages/${wp.number}`), wp.updatedAt)),
    ...(await withSlugs('news', news.docs)),
    ...(await withSlugs('events', events.docs)),
  ]
}
