import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { historyVersions } from '@/fields/publishing'
import { localizedSlug } from '@/fields/slug'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Category', plural: 'Categories' },
  access: collectionPolicy.categories,
  versions: historyVersions,
  admin: { useAsTitle: 'title', group: 'News' },
  fields: [{ name: 'title', type: 'text', required: true, localized: true }, localizedSlug()],
}
