import type { IncomingMessage } from 'node:http'

/**
 * The parts of a page's cache key that come from the request: the query parameters its route
 * reads (routes.ts), in one order; and the request headers Next's responses vary on.
 */

// Next's client router adds `_rsc` (a hash of its router headers, which the key holds already).
const routerParam = '_rsc'

/**
 * The query as the route reads it (sorted, for the key), and where to send a request that
 * carries parameters the route does not read: the same address without them (null when none).
 */
export const readQuery = (url: URL, reads: readonly string[]) => {
  const given = [...url.searchParams]
  const read = given.filter(([name]) => reads.includes(name))
  const sorted = new URLSearchParams(read.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  const unread = given.some(([name]) => name !== routerParam && !reads.includes(name))
  const kept = new URLSearchParams(given.filter(([name]) => name === routerParam || reads.includes(name)))
  return {
    search: sorted.size ? `?${sorted}` : '',
    redirect: unread ? `${url.pathname}${kept.size ? `?${kept}` : ''}` : null,
  }
}

/** The request headers a page's response may vary on; a response varying on any other is not stored. */
export const variedHeaders = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'accept-encoding',
  // Payload's config names it on every route (the admin's colour scheme): allowed in Vary, but no
  // public response reads it, so its value makes no variant.
  'sec-ch-prefers-color-scheme',
]

const encodings = ['br', 'gzip', 'deflate', 'zstd']

/** Accept-Encoding as the encodings it names: any spelling of the same list is one variant. */
const acceptedEncodings = (value: string) => encodings.filter((name) => value.toLowerCase().includes(name)).join()

export const variantOf = (req: IncomingMessage) =>
  variedHeaders
    .map((name) => {
      const value = String(req.headers[name] ?? '')
      if (name === 'accept-encoding') return acceptedEncodings(value)
      return name === 'sec-ch-prefers-color-scheme' ? '' : value
    })
    .join('\n')

/** Whether a response's Vary names only headers the variant holds (and not Cookie, not `*`). */
export const variesWithin = (vary: string) =>
  vary
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .every((name) => variedHeaders.includes(name))
