import type { MetadataRoute } from 'next'

import { getReader } from '@/content/reader'

/** The web app manifest of the site the host names (linked from every page by SiteLayout): its name, icon and colour. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const { site } = await getReader()
  return {
    name: site.name,
    short_name: site.name,
    start_url: '/',
    display: 'browser',
    ...(site.theme?.primary ? { theme_color: site.theme.primary } : {}),
    background_color: '#ffffff',
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
  }
}
