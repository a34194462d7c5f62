import type { Payload } from 'payload'

import type { Site } from '@/payload-types'

/** Strips the port: `wayout.localhost:3000` and `wayout.localhost` are the same site. */
const bareHost = (host: string) => host.toLowerCase().replace(/:\d+$/, '')

/**
 * The site a request's Host header names, else the default site. Front ends scope every query
 * to the site this returns, so content of one site never shows on another.
 */
export const resolveSite = async (payload: Payload, host: string | null): Promise<Site | null> => {
  const { docs } = await payload.find({ collection: 'sites', where: { live: { equals: true } }, depth: 0, limit: 100 })
  const wanted = host ? bareHost(host) : ''
  return (
    docs.find((site) => site.hostnames?.some((name) => bareHost(name) === wanted)) ??
    docs.find((site) => site.isDefault) ??
    null
  )
}

/** The `where` that keeps a query to one site's content. */
export const onSite = (site: Pick<Site, 'id'>) => ({ sites: { contains: site.id } })
