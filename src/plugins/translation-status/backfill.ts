import type { Payload, PayloadRequest } from 'payload'

import { localizedPaths } from './localizedPaths'
import { missingLocalesOf } from './missingLocales'

/**
 * Sets `missingLocales` on every document saved before it existed, and on the latest version of
 * those with drafts (the list the admin shows). Written to the database directly: nothing else
 * changes, so no new version, no change signal, and `updatedAt` kept.
 */
export const backfillMissingLocales = async (payload: Payload, req: PayloadRequest) => {
  for (const { config } of Object.values(payload.collections)) {
    if (!config.fields.some((field) => 'name' in field && field.name === 'missingLocales')) continue
    const paths = localizedPaths(config.fields).map(({ path }) => path)
    const { docs } = await payload.find({
      collection: config.slug,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs)
      await payload.db.updateOne({
        collection: config.slug,
        id: doc.id,
        data: {
          missingLocales: missingLocalesOf(doc, paths),
          updatedAt: 'updatedAt' in doc ? doc.updatedAt : undefined,
        },
        req,
        returning: false,
      })
    if (!config.versions?.drafts) continue
    const { docs: latest } = await payload.db.findVersions({
      collection: config.slug,
      where: { latest: { equals: true } },
      locale: 'all',
      pagination: false,
      req,
    })
    for (const version of latest)
      await payload.db.updateVersion({
        collection: config.slug,
        id: version.id,
        versionData: {
          ...version,
          version: { ...version.version, missingLocales: missingLocalesOf(version.version, paths) },
        },
        req,
        returning: false,
      })
  }
}
