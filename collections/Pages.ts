import type { CollectionConfig } from 'payload'

import { collectionPolicy } from '@/access/policy'
import { localizedSlug } from '@/fields/slug'
import { publishingVersions } from '@/fields/publishing'
import { previewOn } from '@/preview/previewUrl'

/** Free pages of a site: accessibility statement, privacy and legal notices, the practitioners' call. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  access: collectionPolicy.pages,
  versions: publishingVersions,
  admin: {
    ...previewOn('pages'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'sites', '_status'],
    group: 'Pages',
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    localizedSlug(),
    { name: 'summary', type: 'textarea', localized: true },
    { name: 'body', type: 'richText', localized: true },
  ],
}
