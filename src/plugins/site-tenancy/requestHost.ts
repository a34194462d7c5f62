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

type Hosted = { hostnames?: readonly string[] | null; isDefault?: boolean | null }

/** Whether `site` declares the bare host name `host`. */
export const declares = (site: Hosted, host: string) =>
  Boolean(host) && (site.hostnames ?? []).some((name) => bareHost(name) === host)

/**
 * The live site a bare host name is answered by: the one that declares it, else the default site
 * (`declared` false), else none. The one rule for pages (resolveSite.ts) and cache keys.
 */
export const siteForHost = <S extends Hosted>(sites: readonly S[], host: string) => {
  const declared = sites.find((site) => declares(site, host))
  if (declared) return { site: declared, declared: true }
  const fallback = sites.find((site) => site.isDefault)
  return fallback && { site: fallback, declared: false }
}
