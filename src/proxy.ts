import createMiddleware from 'next-intl/middleware'
import { NextRequest } from 'next/server'

import { routing } from './i18n/routing'
import { requestedPathHeader } from './plugins/redirects/paths'

const localeRouting = createMiddleware(routing)

/**
 * Locale routing for the public sites: `/` redirects by Accept-Language to `/{locale}`. The path
 * asked for travels on to the pages in a header set here (a client's own is overwritten), for a
 * page that is not found to look up its redirect.
 */
export default function proxy(request: NextRequest) {
  const headers = new Headers(request.headers)
  headers.set(requestedPathHeader, request.nextUrl.pathname)
  return localeRouting(new NextRequest(request, { headers }))
}

export const config = {
  // Everything but the admin, the APIs, the preview routes, Next's assets and files with an extension.
  matcher: ['/((?!admin|api|next/|_next|_vercel|.*\\..*).*)'],
}
