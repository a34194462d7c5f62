import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { completeSlugs } from '@/content/slugs'

import { slugPrefix, type SluggedCollection } from './addresses'
import { redirectFrom } from './chains'

/** A published document's address on each of its sites, per language of that site. */
type Addresses = Map<number, Map<string, string>>

const idOf = (value: unknown) =>
  typeof value === 'number'
    ? value
    : typeof value === 'object' && value && 'id' in value && typeof value.id === 'number'
      ? value.id
      : null

/** Where a version lived: its slug in every locale (an object, read with every locale), on each of its sites. */
const addressesOf = async (
  req: PayloadRequest,
  collection: SluggedCollection,
  id: number,
  version: { slug?: unknown; sites?: unknown },
): Promise<Addresses> => {
  const slug = version.slug
  const given =
    typeof slug === 'object' && slug
      ? Object.fromEntries(
          Object.entries(slug).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        )
      : {}
  const slugs = completeSlugs(id, given)
  const siteIds = (Array.isArray(version.sites) ? version.sites : []).map(idOf).filter((site) => site !== null)
  const { docs: sites } = await req.payload.find({
    collection: 'sites',
    where: { id: { in: siteIds.length ? siteIds : [0] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Map(
    sites.map((site) => [
      site.id,
      new Map(site.languages.map((locale) => [locale, `/${locale}${slugPrefix[collection]}/${slugs(locale)}`])),
    ]),
  )
}

/**
 * After a publication that moved the document (a slug changed in any locale): each address of
 * the previous published version, on every site and in every language, redirects permanently to
 * the new one, and an address the document lives at again no longer redirects.
 */
export const redirectOldAddresses =
  (collection: SluggedCollection): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    if (doc._status !== 'published') return doc
    // The publication just saved, and the one before it: drafts in between were never public.
    const { docs: published } = await req.payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 2,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (published.length < 2) return doc
    const [after, before] = await Promise.all(
      published.map((entry) => addressesOf(req, collection, doc.id, entry.version)),
    )
    for (const [site, now] of after) {
      const then = before.get(site)
      if (!then) continue
      for (const [locale, to] of now) {
        const from = then.get(locale)
        if (!from || from === to) continue
        await req.payload.delete({
          collection: 'redirects',
          where: { and: [{ site: { equals: site } }, { from: { equals: to } }] },
          overrideAccess: true,
          req,
        })
        const existing = await redirectFrom(req, site, from)
        if (existing)
          await req.payload.update({
            collection: 'redirects',
            id: existing.id,
            data: { to },
            overrideAccess: true,
            req,
          })
        else await req.payload.create({ collection: 'redirects', data: { site, from, to }, overrideAccess: true, req })
      }
    }
    return doc
  }
