/**
 * The notices every site links in its footer. Each is a page editors write (a Pages document
 * with this slug), shown at the fixed address of the same name.
 */
export const notices = ['accessibility', 'privacy', 'legal'] as const

export type Notice = (typeof notices)[number]

/**
 * The first path segments the sites' fixed routes take (src/app/(site)/[locale]/…): a page with
 * one of these slugs would be hidden by the route, so none may take it. The notices are not
 * among them: their routes show the page of that slug.
 */
export const routeSegments = [
  'about',
  'certificates',
  'components',
  'deliverables',
  'developers',
  'events',
  'news',
  'newsletters',
  // The share image's route (a folder named like a file).
  'og.png',
  'partners',
  'practices',
  'search',
  'subscription',
  'training',
  'work-packages',
] as const
