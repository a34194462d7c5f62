import type { DataFromCollectionSlug, Where } from 'payload'

import { readTranslated } from '@/content/fallback'
import type { Query } from '@/content/read'
import type { Locale } from '@/i18n/locales'

import type { AskedSite } from './askedSite'
import { PublicApiProblem } from './problem'
import type { List } from './definitions'

/** A cursor is the sort value and id of the last item shown. */
export type Paging = { limit: number; cursor?: string; page?: number }

const encodeCursor = (sortValue: unknown, id: unknown) =>
  Buffer.from(JSON.stringify([sortValue, id])).toString('base64url')

const decodeCursor = (cursor: string): [string, number] => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      !Number.isNaN(Date.parse(value[0])) &&
      typeof value[1] === 'number' &&
      Number.isSafeInteger(value[1])
    )
      return [value[0], value[1]]
  } catch {
    // falls through to the 400 below
  }
  throw new PublicApiProblem(400, 'cursor must be a nextCursor this API returned', 'cursor')
}

type Paged = 'news' | 'events'

/**
 * One page of `collection` as the site's public reads it, sorted by `field` then id. With a
 * cursor (or neither), reads one item more than asked to know whether there is a next page, and
 * counts nothing; with `page`, Payload also counts the matches for the totals.
 */
export const findPage = async <C extends Paged, K extends keyof DataFromCollectionSlug<C> & string>(
  site: AskedSite,
  collection: C,
  locale: Locale,
  {
    where,
    field,
    direction,
    paging,
    ...query
  }: { where: Where[]; field: K; direction: 'asc' | 'desc'; paging: Paging } & Pick<Query, 'depth' | 'populate'>,
) => {
  if (paging.cursor && paging.page) throw new PublicApiProblem(400, 'give either cursor or page, not both', 'cursor')
  const sort = direction === 'desc' ? [`-${field}`, '-id'] : [field, 'id']
  const beyond = direction === 'desc' ? 'less_than' : 'greater_than'
  const conditions = [...where]
  if (paging.cursor) {
    const [value, id] = decodeCursor(paging.cursor)
    conditions.push({
      or: [{ [field]: { [beyond]: value } }, { and: [{ [field]: { equals: value } }, { id: { [beyond]: id } }] }],
    })
  }
  const result = await readTranslated(site.reader, collection, locale, {
    ...query,
    where: { and: conditions },
    sort,
    ...(paging.page ? { limit: paging.limit, page: paging.page } : { limit: paging.limit + 1, pagination: false }),
  })
  const docs = result.docs.slice(0, paging.limit)
  const more = paging.page ? result.hasNextPage : result.docs.length > paging.limit
  const last = docs.at(-1)
  return {
    docs,
    ownOf: result.ownOf,
    limit: paging.limit,
    nextCursor: more && last ? encodeCursor(last[field], last.id) : null,
    page: paging.page ?? null,
    totalPages: paging.page ? result.totalPages : null,
    totalItems: paging.page ? result.totalDocs : null,
  }
}

/** A list the API gives whole (up to `limit`): no cursor, no totals. */
export const unpaged = <T>(locale: Locale, site: AskedSite, items: T[], limit: number): List<T> => ({
  locale,
  site: site.ref,
  items,
  limit,
  nextCursor: null,
  page: null,
  totalPages: null,
  totalItems: null,
})
