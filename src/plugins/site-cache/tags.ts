/**
 * The tags of the cache: what a stored page or API answer shows, and what a content change
 * touches. A change to document 7 of `news` touches `news` (every list, feed, search or count of
 * news) and `news:7` (the pages that show that one item: its article in every language, the
 * articles that link it as related, its API answer). A page that shows one document carries
 * only that document's tag, so editing one article leaves the others, and a work package's page,
 * stored. A global's change touches its slug, which every page showing it carries.
 *
 * Tags travel in the Redis channel and in the Cache-Tag / Surrogate-Key headers, so they are
 * short words without spaces or commas.
 */

/** What changed: a collection's document (by id when known), or a global. */
export type ContentChange = { kind: 'collection' | 'global'; slug: string; id?: number | string }

/** Touches everything (Redis coming back after an outage, when changes may have been missed). */
export const everything = '*'

export const documentTag = (collection: string, id: number | string) => `${collection}:${id}`

/** The tags a change touches. */
export const tagsOf = (change: ContentChange): string[] =>
  change.kind === 'collection' && change.id !== undefined
    ? [change.slug, documentTag(change.slug, change.id)]
    : [change.slug]

/** True when an entry carrying `carried` is touched by `touched`. */
export const touches = (touched: readonly string[], carried: readonly string[]) =>
  touched.includes(everything) || touched.some((tag) => carried.includes(tag))
