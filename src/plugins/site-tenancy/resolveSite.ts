import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Site } from '@/payload-types'
import { keptUntilChanged } from '@/plugins/site-cache/keptUntilChanged'
import { configuredOrigin, originFor } from '@/server/origins'

import { bareHost, declares, siteForHost } from './requestHost'

/** The live sites, read once and again only after a site changes: every page request needs them. */
const liveSites = keptUntilChanged(['sites'], ({ payload }: { payload: Payload }) =>
  payload
    .find({ collection: 'sites', where: { live: { equals: true } }, depth: 0, limit: 100, pagination: false })
    .then(({ docs }) => docs),
)

type Named = { hostnames?: readonly string[] | null }

/**
 * Where a site is reached: `host` if the site declares it (so a reader stays on the name they
 * used), else the site's first host name; with the configured scheme and port. Never a name the
 * site does not declare.
 */
export const originOfSite = (site: Named, host = ''): string => {
  const name = declares(site, host) ? host : bareHost(site.hostnames?.[0] ?? '')
  return name ? originFor(name) : configuredOrigin()
}

export type SiteAddress = { site: Site; origin: string }

/**
 * The site a request's host names (see requestHost.ts), with the origin its absolute URLs use.
 * A host no live site declares gets the default site at the configured origin (SERVER_URL), so
 * content of one site never shows on another and no page ever names a host it was merely sent.
 */
export const resolveSite = async (payload: Payload, requested: string | null): Promise<SiteAddress | null> => {
  const host = bareHost(requested ?? '')
  const found = siteForHost(await liveSites({ payload }), host)
  if (!found) return null
  return { site: found.site, origin: found.declared ? originOfSite(found.site, host) : configuredOrigin() }
}

/** The `where` that keeps a query to one site's content. */
export const onSite = (site: Pick<Site, 'id'>) => ({ sites: { contains: site.id } })

/** The live site with this key, if there is one. */
const liveSite = async (payload: Payload, key: string) =>
  (await liveSites({ payload })).find((candidate) => candidate.key === key)

/** The address of another live site, for links between the sites; the configured origin if it is not live. */
export const siteOrigin = async (payload: Payload, key: string) => {
  const site = await liveSite(payload, key)
  return site ? originOfSite(site) : configuredOrigin()
}

/** `locale` if the site `key` is published in it, else the site's first language (its pages 404 in others). */
export const siteLanguage = async (payload: Payload, key: string, locale: Locale): Promise<Locale> => {
  const languages = (await liveSite(payload, key))?.languages
  return !languages?.length || languages.includes(locale) ? locale : languages[0]
}
