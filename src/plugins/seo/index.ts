import type { Config, Plugin } from 'payload'

import { metaField } from './fields'

/** The collections whose documents are pages of their own on a public site. */
export const seoCollections = ['news', 'events', 'pages', 'work-packages', 'practices'] as const

/**
 * Search and sharing fields (`meta`) on every collection whose documents are pages, in a tab-free
 * group at the end of the form, with a preview of the search result.
 */
export const seo =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) =>
      (seoCollections as readonly string[]).includes(collection.slug)
        ? { ...collection, fields: [...collection.fields, metaField] }
        : collection,
    ),
  })
