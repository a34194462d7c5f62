import type { Payload } from 'payload'

import { onContentChange } from '@/cache/contentChanges.js'
import type { Site } from '@/payload-types'

// Per Payload instance (tests open several), forgotten whenever a site changes.
let known = new WeakMap<Payload, Promise<Site[]>>()
onContentChange(({ slug }) => {
  if (slug === 'sites') known = new WeakMap()
})

/** The live sites, read once and again only after a site changes: every page request needs them. */
const liveSites = (payload: Payload) => {
  const cached = known.get(payload)
  if (cached) return cached
  const loading = payload
    .find({ collection: 'sites', where: { live: { equals: true } }, depth: 0, limit: 100, pagination: false })
    .then(({ docs }) => docs)
  known.set(payload, loading)
  loading.catch(() => known.delete(payload))
  return loading
}

/** Strips the port: `wayout.localhost:3000` and `wayout.localhost` are the same site. */
const bareHost = (host: string) => host.toLowerCase().replace(/:\d+$/, '')

/**
 * The site a request's Host header names, else the default site. Front ends scope every query
 * to the site this returns, so content of one site never shows on another.
 */
export const resolveSite = async (payload: Payload, host: string | null): Promise<Site | null> => {
  const docs = await liveSites(payload)
  const wanted = host ? bareHost(host) : ''
  return (
    docs.find((site) => site.hostnames?.some((name) => bareHost(name) === wanted)) ??
    docs.find((site) => site.isDefault) ??
    null
  )
}

/** The `where` that keeps a query to one site's content. */
export const onSite = (site: Pick<Site, 'id'>) => ({ sites: { contains: site.id } })

/**
 * The address of another site as seen from the current request: that site's first host name,
 * with the scheme and port the reader is using (so links between the sites work locally too).
 */
export const siteOrigin = async (payload: Payload, key: string, currentOrigin: string) => {
  const site = (await liveSites(payload)).find((candidate) => candidate.key === key)
  const url = new URL(currentOrigin)
  if (site?.hostnames?.[0]) url.hostname = bareHost(site.hostnames[0])
  return url.origin
}
