import type { CollectionConfig } from 'payload'

/** How many earlier versions of a document an editor can look back on and restore. */
const kept = 50

/** Drafts, autosave, history and scheduled publishing, shared by everything editors publish. */
export const publishingVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: kept,
}

/**
 * History with restore, without drafts, for what editors write but do not publish as a draft
 * first: a save stays live at once, as before, and the previous text can be brought back.
 */
export const historyVersions: CollectionConfig['versions'] = { maxPerDoc: kept }
