/**
 * What each public route's response depends on, for the front cache: the query parameters it
 * reads (every other parameter is dropped from the URL by a redirect, so it never makes a new
 * entry) and the tags of the content it shows (tags.ts). The one source: the page declarations
 * name their route here (`route: pageRoutes.news`, sites/shared/definePage.tsx), and a page is
 * handed only the parameters its route reads; pages showing one document add that document's
 * tag when they render (renderTags.ts). Plain data, so the front server's bundle imports it
 * without React or Payload.
 */
import { isLocale } from '@/i18n/locales'
import type { EndpointName } from '@/plugins/public-api/definitions'

import { documentTag } from './tags'

/** The site keys whose pages differ; a site of another key serves the `any` routes only. */
export type SiteKey = 'wayout' | 'practices'

/**
 * `personal`: the page shows something of one reader (a subscriber's signed token): never stored
 * anywhere, sent `private, no-store`.
 */
export type CacheRoute = { reads: readonly string[]; tags: readonly string[]; personal?: true }

/** What every page's frame shows: the site (name, navigation, languages) and the project (footer). */
const frame = ['sites', 'project']

const route = (tags: string[], reads: string[] = [], more: { personal?: true } = {}): CacheRoute => ({
  reads,
  tags: [...frame, ...tags],
  ...more,
})

export const pageRoutes = {
  projectHome: route(['news', 'events', 'partners', 'objectives', 'expected-outcomes', 'categories', 'media']),
  about: route(['objectives', 'expected-outcomes', 'partners', 'media']),
  news: route(['news', 'categories', 'media'], ['category', 'page']),
  article: route(['categories', 'media']),
  feeds: route(['news', 'categories', 'media']),
  events: route(['events', 'media']),
  event: route(['media']),
  calendars: route(['events']),
  partners: route(['partners', 'media']),
  deliverables: route(['deliverables', 'work-packages', 'documents', 'partners']),
  workPackages: route(['work-packages', 'partners']),
  workPackage: route(['deliverables', 'documents', 'partners']),
  training: route(['events', 'media', 'courses', 'course-editions']),
  trainingStep: route([], ['token', 'result', 'reason'], { personal: true }),
  certificate: route([], [], { personal: true }),
  newsletters: route(['newsletters']),
  newsletterIssue: route(['news', 'media']),
  developers: route(
    ['categories', 'work-packages'],
    ['widget', 'language', 'site', 'limit', 'category', 'when', 'workPackage', 'theme'],
  ),
  search: route(['news', 'events', 'pages', 'deliverables', 'work-packages', 'partners', 'categories'], ['q']),
  subscription: route([], ['token', 'result', 'reason', 'from'], { personal: true }),
  /** The components page (editors' and developers' reference, not in the sitemap). */
  components: route(['news', 'events', 'objectives', 'expected-outcomes', 'partners', 'media']),
  shareImage: route(['media']),
  practicesHome: route(['practices'], ['country', 'setting', 'targetGroup', 'q', 'page']),
  practice: route([]),
  submitPractice: route([], ['sent', 'problem']),
  sitemap: route(['news', 'events', 'work-packages', 'practices', 'pages']),
  /** Editors' pages (each adds its own tag), fixed notices, 404s, static files. */
  other: route(['media']),
} satisfies Record<string, CacheRoute>

type Pattern = [site: SiteKey | 'any', path: string, route: CacheRoute]

// The path without the locale; `*` is one segment. The first match wins: specific paths first.
const patterns: Pattern[] = [
  ['wayout', '', pageRoutes.projectHome],
  ['wayout', 'about', pageRoutes.about],
  ['wayout', 'news', pageRoutes.news],
  ['wayout', 'news/rss.xml', pageRoutes.feeds],
  ['wayout', 'news/atom.xml', pageRoutes.feeds],
  ['wayout', 'news/*', pageRoutes.article],
  ['wayout', 'events', pageRoutes.events],
  ['wayout', 'events/calendar.ics', pageRoutes.calendars],
  ['wayout', 'events/*/event.ics', pageRoutes.calendars],
  ['wayout', 'events/*', pageRoutes.event],
  ['wayout', 'partners', pageRoutes.partners],
  ['wayout', 'deliverables', pageRoutes.deliverables],
  ['wayout', 'work-packages', pageRoutes.workPackages],
  ['wayout', 'work-packages/*', pageRoutes.workPackage],
  ['wayout', 'training', pageRoutes.training],
  ['wayout', 'training/*', pageRoutes.trainingStep],
  ['wayout', 'certificates/*', pageRoutes.certificate],
  ['wayout', 'newsletters', pageRoutes.newsletters],
  ['wayout', 'newsletters/*', pageRoutes.newsletterIssue],
  ['wayout', 'search', pageRoutes.search],
  ['wayout', 'developers', pageRoutes.developers],
  ['wayout', 'components', pageRoutes.components],
  ['wayout', 'subscription/*', pageRoutes.subscription],
  ['practices', '', pageRoutes.practicesHome],
  ['practices', 'practices/submit', pageRoutes.submitPractice],
  ['practices', 'practices/*', pageRoutes.practice],
  ['any', 'og.png', pageRoutes.shareImage],
  ['any', 'sitemap.xml', pageRoutes.sitemap],
]

const matches = (pattern: string, segments: string[]) => {
  const parts = pattern ? pattern.split('/') : []
  return parts.length === segments.length && parts.every((part, i) => part === '*' || part === segments[i])
}

/** The route a path (without its query) names on a site. */
export const routeOf = (site: string, pathname: string): CacheRoute => {
  const segments = pathname.split('/').filter(Boolean)
  const rest = isLocale(segments[0]) ? segments.slice(1) : segments
  const found = patterns.find(([on, pattern]) => (on === 'any' || on === site) && matches(pattern, rest))
  return found?.[2] ?? pageRoutes.other
}

/** The tags of the public API's answers, by endpoint (src/plugins/public-api/definitions.ts names them). */
export const apiTags = (endpoint: EndpointName, params: Record<string, string | undefined>): string[] => {
  const shown: Record<EndpointName, () => string[]> = {
    project: () => ['project', 'objectives', 'expected-outcomes', 'partners', 'media'],
    news: () => ['news', 'categories', 'media'],
    newsItem: () => [documentTag('news', params.id ?? ''), 'categories', 'media'],
    events: () => ['events', 'media'],
    partners: () => ['partners', 'media'],
    deliverables: () => ['deliverables', 'work-packages', 'documents'],
    categories: () => ['categories'],
  }
  return ['sites', ...shown[endpoint]()]
}
