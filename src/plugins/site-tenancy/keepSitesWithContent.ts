import type { CollectionBeforeDeleteHook } from 'payload'

import { Refusal } from '@/refusal'

import { siteContentCollections } from '@/plugins/site-tenancy'

/** Deleting a site must not take content with it: move or delete its content first. */
export const keepSitesWithContent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of siteContentCollections) {
    const { totalDocs } = await req.payload.count({
      collection,
      where: { sites: { contains: id } },
      req,
      overrideAccess: true,
    })
    if (totalDocs > 0) {
      throw new Refusal(
        'SiteHasContent',
        `This site still has ${totalDocs} ${collection} item(s): move them to another site or delete them first.`,
        409,
      )
    }
  }
}
