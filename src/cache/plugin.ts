import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Config,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { contentChanged, type ContentChange } from './contentChanges'

/** Collections that no public page, feed or API shows: their changes leave the caches alone. */
const privateCollections = new Set(['users', 'subscribers', 'newsletter-batches'])

type Shown = { moderationStatus?: unknown } | null | undefined

/**
 * Collections whose documents are public only in some states: a change matters to the caches
 * when the document was or becomes public. A practice is public once published, so a submission
 * waiting for review (or an edit of one) leaves the caches alone.
 */
const publicWhen: Partial<Record<string, (doc: Shown) => boolean>> = {
  practices: (doc) => doc?.moderationStatus === 'published',
}

const announce = async (req: PayloadRequest, change: ContentChange) =>
  contentChanged(change, (await req.transactionID) ?? null)

/**
 * Every change to public content (create, update, publish, unpublish, delete) tells the caches,
 * so the next request sees it. Added to every collection and global here, rather than declared
 * in each, so that a new collection cannot forget it. Draft saves also clear the caches: harmless,
 * and cheaper than telling them apart.
 */
export const invalidateCachesOnChange = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    if (privateCollections.has(collection.slug)) return collection
    const change: ContentChange = { kind: 'collection', slug: collection.slug }
    const shown = publicWhen[collection.slug] ?? (() => true)
    const afterChange: CollectionAfterChangeHook = async ({ req, doc, previousDoc }) => {
      if (shown(doc) || shown(previousDoc)) await announce(req, change)
      return doc
    }
    const afterDelete: CollectionAfterDeleteHook = async ({ req, doc }) => {
      if (shown(doc)) await announce(req, change)
    }
    const hooks = collection.hooks ?? {}
    return {
      ...collection,
      hooks: {
        ...hooks,
        afterChange: [...(hooks.afterChange ?? []), afterChange],
        afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
      },
    }
  }),
  globals: (config.globals ?? []).map((global) => {
    const afterChange: GlobalAfterChangeHook = async ({ req, doc }) => {
      await announce(req, { kind: 'global', slug: global.slug })
      return doc
    }
    return { ...global, hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterChange] } }
  }),
})
