import type { Config, Plugin } from 'payload'

import { practicesSiteByDefault } from './siteByDefault'

/**
 * Practice submissions: the practice repository's public form (its route re-exports ./route),
 * the receipt and the editors' notice (./receipts), and a submission's default site. The
 * Practices collection itself, with its moderation, is part of the content model (collections/).
 */
export const practiceSubmissions =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) =>
      collection.slug === 'practices'
        ? {
            ...collection,
            // First, as when the collection declared it: the site is set before anything checks it.
            hooks: {
              ...collection.hooks,
              beforeValidate: [practicesSiteByDefault, ...(collection.hooks?.beforeValidate ?? [])],
            },
          }
        : collection,
    ),
  })
