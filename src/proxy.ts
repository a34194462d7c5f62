import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

/** Locale routing for the public sites: `/` redirects by Accept-Language to `/{locale}`. */
export default createMiddleware(routing)

export const config = {
  // Everything but the admin, the APIs, the preview routes, Next's assets and files with an extension.
  matcher: ['/((?!admin|api|next/|_next|_vercel|.*\\..*).*)'],
}
