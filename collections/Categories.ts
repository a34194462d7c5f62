import { slugField, type CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Category', plural: 'Categories' },
  access: collectionPolicy.categories,
  admin: { useAsTitle: 'title', group: 'News' },
  fields: [{ name: 'title', type: 'text', required: true, localized: true }, slugField({ localized: true })],
}
