import type { PayloadRequest } from 'payload'

/** Longer chains than this are treated as loops (they can only come from concurrent edits). */
const maxHops = 20

type Redirect = { id: number; to: string }

/** The redirect from `from` on `site`, if any (staff-only collection: read with the system's rights). */
export const redirectFrom = async (req: PayloadRequest, site: number, from: string): Promise<Redirect | null> => {
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: { and: [{ site: { equals: site } }, { from: { equals: from } }] },
    limit: 1,
    depth: 0,
    select: { to: true },
    overrideAccess: true,
    req,
  })
  return docs[0] ? { id: docs[0].id, to: docs[0].to } : null
}

/**
 * Where a redirect from `from` to `to` ends once the redirects already stored are followed
 * (A→B with B→C stored ends at C), or 'loop' when following them comes back to `from`.
 */
export const finalTarget = async (req: PayloadRequest, site: number, from: string, to: string) => {
  let target = to
  for (let hop = 0; hop <= maxHops; hop++) {
    if (target === from) return 'loop'
    const next = await redirectFrom(req, site, target)
    if (!next) return target
    target = next.to
  }
  return 'loop'
}

/** Once `from` leads to `to`, the redirects that led to `from` lead straight to `to` (no chains). */
export const collapseInto = async (req: PayloadRequest, site: number, from: string, to: string) => {
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: { and: [{ site: { equals: site } }, { to: { equals: from } }] },
    pagination: false,
    depth: 0,
    select: { from: true },
    overrideAccess: true,
    req,
  })
  for (const doc of docs)
    await req.payload.update({ collection: 'redirects', id: doc.id, data: { to }, overrideAccess: true, req })
}
