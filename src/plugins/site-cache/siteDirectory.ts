/**
 * Which site a host name resolves to, for the cache keys: the same answer as resolveSite.ts (a
 * host a live site declares is that site at that host; any other host is the default site at the
 * configured origin), from the live sites read by the plugin when Payload starts and again after
 * every change to them. A forged Host header therefore lands in the default site's entries and
 * makes none of its own. The front server reads it without Payload: until Payload has started
 * in this process, nothing is cached.
 */
import type { Payload } from 'payload'

import { bareHost, siteForHost } from '../site-tenancy/requestHost'

import { onContentChange } from './contentChanges'
import { processWide } from './stores'
import { everything } from './tags'

type LiveSite = { key: string; hostnames?: readonly string[] | null; isDefault?: boolean | null }

export type ResolvedSite = {
  /** The site's key (wayout, practices, …). */
  key: string
  /** What the responses depend on: the site, and the host its absolute URLs name. */
  cacheKey: string
}

const directory = processWide('wayout.siteDirectory', () => ({
  sites: null as LiveSite[] | null,
  payload: null as Payload | null,
  triedAt: 0,
  asked: 0,
  reading: null as Promise<void> | null,
}))

// Read once Payload is up; before its tables exist (a first start migrates after init) it is read again later.
const refresh = () => {
  const { payload } = directory
  if (!payload) return
  directory.triedAt = Date.now()
  // Only the latest reading counts: an earlier one may finish after it.
  const asked = ++directory.asked
  directory.reading = payload
    .find({
      collection: 'sites',
      where: { live: { equals: true } },
      depth: 0,
      limit: 100,
      pagination: false,
      select: { key: true, hostnames: true, isDefault: true },
    })
    .then(({ docs }) => {
      if (asked === directory.asked) directory.sites = docs
    })
    .catch(() => {}) // not readable yet: nothing is cached until it is
    .finally(() => {
      if (asked === directory.asked) directory.reading = null
    })
}

/** Reads the live sites now and after every change to them (in this process or, through Redis, another). */
export const keepSiteDirectory = (payload: Payload) => {
  directory.payload = payload
  onContentChange(({ slug }) => {
    if (slug === 'sites' || slug === everything) refresh()
  })
  refresh()
}

/** The site `host` resolves to, or undefined while the sites are not known (or none is default). */
export const resolveHost = (host: string): ResolvedSite | undefined => {
  const { sites } = directory
  if (!sites) {
    if (Date.now() - directory.triedAt > 1000) refresh()
    return undefined
  }
  const name = bareHost(host)
  const found = siteForHost(sites, name)
  return found && { key: found.site.key, cacheKey: `${found.site.key}@${found.declared ? name : ''}` }
}

/**
 * For readiness: throws until the live sites are read, since no page is cached before then. A
 * reading under way (the seed just created the sites) is waited for: the one before may predate them.
 */
export const siteDirectoryRead = async () => {
  await directory.reading
  if (directory.sites) return
  if (Date.now() - directory.triedAt > 1000) refresh()
  throw new Error('the live sites are not read yet: pages are not cached')
}
