import type { Payload } from 'payload'

import { onContentChange } from '@/plugins/site-cache/contentChanges'

import { setSiteHostnames, trustedOrigins } from './origins'

/**
 * Keeps Payload's `csrf` and `cors` lists equal to the trusted origins (origins.ts):
 * the sites' host names are read at start and again after any site changes. A database without
 * its tables yet (before the first migration) has no sites: the configured origin alone is kept.
 */
export const trustSiteOrigins = async (payload: Payload) => {
  const refresh = async () => {
    const { docs } = await payload
      .find({ collection: 'sites', depth: 0, limit: 100, pagination: false, select: { hostnames: true } })
      .catch(() => ({ docs: [] }))
    setSiteHostnames(docs.flatMap((site) => site.hostnames ?? []))
    const origins = trustedOrigins()
    payload.config.csrf.splice(0, payload.config.csrf.length, ...origins)
    payload.config.cors = origins
  }
  onContentChange(({ slug }) => {
    if (slug === 'sites') void refresh()
  })
  await refresh()
}
