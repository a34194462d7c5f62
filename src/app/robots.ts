import type { MetadataRoute } from 'next'

import { getReader } from '@/content/reader'

/** Everything public may be indexed, the search page included; the admin, the APIs and search results may not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const { origin } = await getReader()
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/next/', '/*/search?'] },
    sitemap: `${origin}/sitemap.xml`,
  }
}
