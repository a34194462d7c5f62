import type { CollectionConfig, PayloadRequest } from 'payload'

import { defaultLocale } from '@/i18n/locales'

type Slugged = 'news' | 'events' | 'pages'

const section: Record<Slugged, string> = { news: '/news', events: '/events', pages: '' }

/**
 * Where an editor previews a document: on the host of the first site it belongs to, with the port
 * and scheme the admin is using, through the draft-mode route (which checks they are staff).
 */
const previewAddress = async (
  collection: Slugged,
  doc: Record<string, unknown>,
  locale: string,
  req: PayloadRequest,
) => {
  const slug = typeof doc.slug === 'string' && doc.slug ? doc.slug : null
  if (!slug) return null
  const origin = new URL(req.url ?? 'http://localhost')
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host')
  if (host) origin.host = host
  const firstSite = Array.isArray(doc.sites) ? doc.sites[0] : null
  const siteId = typeof firstSite === 'object' && firstSite ? (firstSite as { id: number }).id : firstSite
  if (typeof siteId === 'number' || typeof siteId === 'string') {
    const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, req }).catch(() => null)
    const hostname = site?.hostnames?.[0]
    if (hostname && !origin.hostname.endsWith(hostname)) origin.hostname = hostname.replace(/:\d+$/, '')
  }
  const path = `/${locale || defaultLocale}${section[collection]}/${slug}`
  return `${origin.origin}/next/preview?path=${encodeURIComponent(path)}`
}

/** Draft preview and live preview of a collection's documents on the public site. */
export const previewOn = (
  collection: Slugged,
): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> => ({
  preview: (doc, { locale, req }) => previewAddress(collection, doc, locale, req),
  livePreview: { url: ({ data, locale, req }) => previewAddress(collection, data, locale.code, req) },
})
