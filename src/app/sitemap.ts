import type { MetadataRoute } from 'next'

import { listWorkPackages } from '@/content/catalogue'
import { listEvents } from '@/content/events'
import { listNewsletters } from '@/content/newsletters'
import { listNews } from '@/content/news'
import { getReader } from '@/content/reader'
import { read } from '@/content/read'
import { slugsOf } from '@/content/slugs'
import { defaultLocale } from '@/i18n/locales'
import { notices as noticeSlugs } from '@/plugins/legal-pages/notices'
import { onSite } from '@/plugins/site-tenancy/resolveSite'
import { practicesHome } from '@sites/practices/pages/home'
import { practicePage } from '@sites/practices/pages/practice'
import { addressIn, type Alternates } from '@sites/shared/alternates'
import { editorPage } from '@sites/shared/pages/editorPage'
import { notices } from '@sites/shared/pages/notices'
import { aboutPage } from '@sites/website/pages/about'
import { articlePage } from '@sites/website/pages/article'
import { deliverablesPage } from '@sites/website/pages/deliverables'
import { developersPage } from '@sites/website/pages/developers'
import { eventPage } from '@sites/website/pages/event'
import { eventsPage } from '@sites/website/pages/events'
import { projectHome } from '@sites/website/pages/home'
import { newsPage } from '@sites/website/pages/news'
import { newsletterIssuePage } from '@sites/website/pages/newsletterIssue'
import { newslettersPage } from '@sites/website/pages/newsletters'
import { partnersPage } from '@sites/website/pages/partners'
import { trainingPage } from '@sites/website/pages/training'
import { workPackagePage } from '@sites/website/pages/workPackage'
import { workPackagesPage } from '@sites/website/pages/workPackages'

/** The project site's pages with one fixed address, in the order the sitemap lists them; the addresses come from the pages' declarations. */
const listed = [
  projectHome,
  aboutPage,
  workPackagesPage,
  partnersPage,
  newsPage,
  eventsPage,
  deliverablesPage,
  trainingPage,
  newslettersPage,
  developersPage,
]

/**
 * The sitemap of the site the host names: every public page in the site's default language with
 * its alternates in the others (the same URLs the pages' hreflang links give).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const reader = await getReader()
  const { site } = reader
  const first = site.languages.includes(defaultLocale) ? defaultLocale : (site.languages[0] ?? defaultLocale)
  const entry = (alternates: Alternates, lastModified?: string | null): MetadataRoute.Sitemap[number] => ({
    url: `${reader.origin}${alternates[first]}`,
    lastModified: lastModified ?? undefined,
    alternates: {
      languages: Object.fromEntries(
        Object.entries(alternates).map(([code, path]) => [code, `${reader.origin}${path}`]),
      ),
    },
  })
  // Editors' pages on this site; the notices are listed at their own addresses above.
  const { docs: pages } = await read(reader, 'pages', first, { pagination: false, depth: 0 })
  const pageSlugs = await slugsOf(
    reader,
    'pages',
    pages.map((page) => page.id),
  )
  const editorPages = pages
    .filter((page) => !noticeSlugs.some((notice) => notice === pageSlugs.get(page.id)!(defaultLocale)))
    .map((page) => entry(addressIn(site, editorPage.path({ slugs: pageSlugs.get(page.id)! })), page.updatedAt))
  const noticeEntries = [notices.accessibility, notices.privacy, notices.legal].map((page) =>
    entry(addressIn(site, page.path)),
  )
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
      entry(addressIn(site, practicesHome.path)),
      ...noticeEntries,
      ...editorPages,
      ...docs.map((doc) => entry(addressIn(site, practicePage.path(doc)), doc.updatedAt)),
    ]
  }
  const [news, events, workPackages, newsletters] = await Promise.all([
    listNews(reader, first, { limit: 1000 }),
    listEvents(reader, first, 'all', { limit: 1000 }),
    listWorkPackages(reader, first),
    listNewsletters(reader, first),
  ])
  const withSlugs = async (
    collection: 'news' | 'events',
    docs: { id: number; updatedAt: string }[],
    page: typeof articlePage | typeof eventPage,
  ) => {
    const slugs = await slugsOf(
      reader,
      collection,
      docs.map((doc) => doc.id),
    )
    return docs.map((doc) => entry(addressIn(site, page.path({ slugs: slugs.get(doc.id)! })), doc.updatedAt))
  }
  return [
    ...listed.map((page) => entry(addressIn(site, page.path))),
    ...noticeEntries,
    ...editorPages,
    ...newsletters.docs.map((issue) => entry(addressIn(site, newsletterIssuePage.path(issue)), issue.updatedAt)),
    ...workPackages.docs.map((wp) => entry(addressIn(site, workPackagePage.path(wp)), wp.updatedAt)),
    ...(await withSlugs('news', news.docs, articlePage)),
    ...(await withSlugs('events', events.docs, eventPage)),
  ]
}
