import type { Config, Plugin } from 'payload'

import { sluggedCollections } from './addresses'
import { Redirects } from './collection'
import { redirectOldAddresses } from './slugChanges'

/**
 * Permanent redirects: the `redirects` collection (by hand), and one from every old address of a
 * news item, event or page whose slug changed, added when the change is published.
 */
export const redirects =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) => {
        const slugged = sluggedCollections.find((slug) => slug === collection.slug)
        if (!slugged) return collection
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), redirectOldAddresses(slugged)],
          },
        }
      }),
      Redirects,
    ],
  })
