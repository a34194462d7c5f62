import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Config,
  GlobalAfterChangeHook,
  Plugin,
  PayloadRequest,
} from 'payload'

import { collectionPolicy } from '@/access/policy'
import { admins, adminsOrSelf, staff } from '@/access/rules'

import { contentChanged, type ContentChange } from './contentChanges'
import { keepSiteDirectory } from './siteDirectory'

/**
 * The site cache: the front server's page cache (pageCache.ts) and the public API's answer store
 * (apiAnswers.ts) drop what the content-change signal (contentChanges.ts) touches (tags.ts),
 * raised by the hooks this plugin adds and announced after the commit (announceCommits.ts, on
 * the database adapter), to every process through Redis when configured (redisRelay.ts).
 */

/**
 * Collections that no public page, feed or API shows, read from the access policy: those only
 * staff (or a user itself) may read. Their changes leave the caches alone.
 */
const signedInOnly = new Set([admins, adminsOrSelf, staff])
const privateCollections = new Set(
  Object.entries(collectionPolicy)
    .filter(([, policy]) => signedInOnly.has(policy.read))
    .map(([slug]) => slug),
)

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
 * so the next request sees it: the collection and the document (a new slug or a changed title
 * drops the pages that showed the document under its old one). Added to every collection and
 * global here, rather than declared in each, so that a new collection cannot forget it. Draft
 * saves also tell them: harmless, and cheaper than telling them apart.
 */
const addChangeHooks = (config: Config): Config => ({
  ...config,
  onInit: async (payload) => {
    await config.onInit?.(payload)
    keepSiteDirectory(payload)
  },
  collections: (config.collections ?? []).map((collection) => {
    if (privateCollections.has(collection.slug)) return collection
    const change = (id: number | string): ContentChange => ({ kind: 'collection', slug: collection.slug, id })
    const shown = publicWhen[collection.slug] ?? (() => true)
    const afterChange: CollectionAfterChangeHook = async ({ req, doc, previousDoc }) => {
      if (shown(doc) || shown(previousDoc)) await announce(req, change(doc.id))
      return doc
    }
    const afterDelete: CollectionAfterDeleteHook = async ({ req, doc }) => {
      if (shown(doc)) await announce(req, change(doc.id))
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

/**
 * Runs after the other plugins (a high `order`), wherever it stands in the list, so that the
 * collections they add are covered too.
 */
export const siteCache = (): Plugin => {
  const plugin: Plugin = (config) => addChangeHooks(config)
  plugin.order = 100
  return plugin
}
