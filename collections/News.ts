import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { localizedSlug } from '@/fields/slug'
import { publishingVersions } from '@/fields/publishing'
import { previewOn } from '@/preview/previewUrl'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: 'News item', plural: 'News' },
  graphQL: { singularName: 'NewsItem', pluralName: 'News' },
  access: collectionPolicy.news,
  defaultSort: '-publishedAt',
  versions: publishingVersions,
  admin: {
    ...previewOn('news'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', 'sites', '_status'],
    group: 'News',
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    localizedSlug(),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400 },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', localized: true },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'relatedNews',
      type: 'relationship',
      relationTo: 'news',
      hasMany: true,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      hooks: {
        beforeChange: [
          ({ siblingData, value }) => value ?? (siblingData._status === 'published' ? new Date().toISOString() : value),
        ],
      },
    },
  ],
}
