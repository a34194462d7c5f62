/**
 * The host name a request was addressed to, as far as configuration lets us believe it: the
 * `Host` header, or behind our own reverse proxy (TRUST_PROXY=true) the `X-Forwarded-Host` it set.
 * This only ever selects among the host names the sites declare (resolveSite.ts): a name no site
 * declares gets the default site at its configured origin, so a forged header can neither put a
 * foreign host into a page nor make a cache entry that says one.
 *
 * The front server's caches (src/plugins/site-cache) key their entries with this same function.
 */

type HeaderValue = string | string[] | null | undefined

const lastEntry = (value: HeaderValue) => {
  const joined = Array.isArray(value) ? value.join(',') : value
  // A proxy that appends rather than replaces puts its own value last; the rest is the client's.
  const entries = (joined ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries[entries.length - 1]
}

/** `Wayout.Localhost:3000` → `wayout.localhost`: ports and case do not make another site. */
export const bareHost = (host: string) => host.trim().toLowerCase().replace(/:\d*$/, '').replace(/\.$/, '')

/** The bare host name, '' when the request names none. */
export const requestHost = (header: (name: string) => HeaderValue): string => {
  const forwarded = process.env.TRUST_PROXY === 'true' ? lastEntry(header('x-forwarded-host')) : undefined
  return bareHost(forwarded ?? lastEntry(header('host')) ?? '')
}
