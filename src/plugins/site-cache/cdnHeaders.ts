/**
 * The headers that let a shared cache (a CDN, the proxy) keep public responses: browsers still
 * revalidate every time (max-age=0 and the ETag, answered 304 from memory), shared caches keep a
 * page up to a minute (less while changes may go unheard, redisRelay.ts), may serve it stale
 * while fetching the new one, and for a day while the origin fails. The tags go out as
 * Cache-Tag (Cloudflare, comma-separated) and Surrogate-Key (Fastly and others, space-separated),
 * so a CDN can be purged by the same tags the content-change signal carries (README, "Caching").
 * Only ever set on responses to anonymous requests the front cache may store.
 */
export const sharedCache = { maxAgeS: 60, staleWhileRevalidateS: 300, staleIfErrorS: 86_400 }

const shared = (lifetimeMs: number) =>
  `s-maxage=${Math.max(1, Math.min(sharedCache.maxAgeS, Math.floor(lifetimeMs / 1000)))}, ` +
  `stale-while-revalidate=${sharedCache.staleWhileRevalidateS}, stale-if-error=${sharedCache.staleIfErrorS}`

/** A public page: browsers revalidate, shared caches keep it `lifetimeMs` at most (and a minute). */
export const publicPageCacheControl = (lifetimeMs: number) =>
  `public, max-age=0, must-revalidate, ${shared(lifetimeMs)}`

/** A public API answer: browsers too may keep it a minute (widgets ask often). */
export const publicAnswerCacheControl = (lifetimeMs: number) => `public, max-age=60, ${shared(lifetimeMs)}`

export const tagHeaders = (tags: readonly string[]) => ({
  'cache-tag': tags.join(','),
  'surrogate-key': tags.join(' '),
})
