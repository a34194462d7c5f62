import type { CollectionBeforeValidateHook } from 'payload'

/** A practice submitted without a site goes to the practice repository site. */
export const practicesSiteByDefault: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || (Array.isArray(data?.sites) && data.sites.length > 0)) return data
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { key: { equals: 'practices' } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs[0] ? { ...data, sites: [docs[0].id] } : data
}
