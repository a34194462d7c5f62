import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

const nextConfig: NextConfig = {
  poweredByHeader: false,
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  turbopack: { root: dirname },
  // `npm run typecheck` checks the whole project, tests included (CI runs it first); the build does
  // not repeat it, which halves build time on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  // Loaded by Node itself: rate-limiter-flexible finds its store's driver (drizzle-orm) by a dynamic
  // import that a bundler cannot follow.
  serverExternalPackages: ['rate-limiter-flexible', 'ioredis'],
  // The partner widget (public/widget/v1, built by sites/widget/build.mjs) is loaded by other sites:
  // readable cross-origin (needed with an SRI integrity attribute), the hashed file cached for good.
  async headers() {
    const crossOrigin = [
      { key: 'Access-Control-Allow-Origin', value: '*' },
      { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
    ]
    return [
      {
        source: '/widget/v1/:file*',
        headers: [...crossOrigin, { key: 'Cache-Control', value: 'public, max-age=300, stale-while-revalidate=86400' }],
      },
      {
        source: '/widget/v1/:file(wayout\\.[0-9a-f]{12}\\.js)',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      // The sites' own script (sites/enhance/build.mjs): content-hashed, so cached for good.
      {
        source: '/site/:file(forms\\.[0-9a-f]{12}\\.js)',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
    ]
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
