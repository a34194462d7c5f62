import type { CollectionConfig } from 'payload'

/** Drafts, autosave, history and scheduled publishing, shared by everything editors publish. */
export const publishingVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 50,
}
