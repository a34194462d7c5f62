import type { CollectionConfig, PayloadRequest } from 'payload'

import { defaultLocale } from '@/i18n/locales'
import { requestHost } from '@/plugins/site-tenancy/requestHost'
import { configuredOrigin } from '@/server/origins'
import { originOfSite } from '@/plugins/site-tenancy/resolveSite'

type Slugged = 'news' | 'events' | 'pages'

const section: Record<Slugged, string> = { news: '/news', events: '/events', pages: '' }

/**
 * Where an editor previews a document: on the first site it belongs to, through the draft-mode
 * route (which checks they are staff). The admin's own host name is kept when that site declares
 * it, so the session cookie goes along; otherwise the site's configured address.
 */
const previewAddress = async (
  collection: Slugged,
  doc: Record<string, unknown>,
  locale: string,
  req: PayloadRequest,
) => {
  const slug = typeof doc.slug === 'string' && doc.slug ? doc.slug : null
  if (!slug) return null
  const firstSite = Array.isArray(doc.sites) ? doc.sites[0] : null
  const siteId = typeof firstSite === 'object' && firstSite ? (firstSite as { id: number }).id : firstSite
  const site =
    typeof siteId === 'number' || typeof siteId === 'string'
      ? await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, req }).catch(() => null)
      : null
  const host = requestHost((name) => req.headers.get(name))
  const origin = site ? originOfSite(site, host) : configuredOrigin()
  const path = `/${locale || defaultLocale}${section[collection]}/${slug}`
  return `${origin}/next/preview?path=${encodeURIComponent(path)}`
}

/** Draft preview and live preview of a collection's documents on the public site. */
export const previewOn = (
  collection: Slugged,
): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> => ({
  preview: (doc, { locale, req }) => previewAddress(collection, doc, locale, req),
  livePreview: { url: ({ data, locale, req }) => previewAddress(collection, data, locale.code, req) },
})
