/**
 * The public API's endpoints, each bound to its query: src/app/api/public/v1/<path>/route.ts
 * re-exports one of them as its GET, and `preflight` (or `unknownPreflight`) as its OPTIONS.
 */
import { idParam } from '@/plugins/public-api/definitions'
import { openApiDocument } from '@/plugins/public-api/openapi'
import { categories, deliverables, events, newsItem, newsList, partners, project } from '@/plugins/public-api/queries'

import { etagOf } from '../site-cache/etag'

import { publicEndpoint, whenEnabled } from './handler'

export { preflight, unknownEndpoint, unknownPreflight } from './handler'

export const projectEndpoint = publicEndpoint('project', project)
export const newsEndpoint = publicEndpoint('news', newsList)
export const newsItemEndpoint = publicEndpoint('newsItem', (ctx, query, params) => newsItem(ctx, params.id, query), {
  pathParams: { id: idParam },
})
export const eventsEndpoint = publicEndpoint('events', events, { ttlMs: 60_000 })
export const partnersEndpoint = publicEndpoint('partners', partners)
export const deliverablesEndpoint = publicEndpoint('deliverables', deliverables)
export const categoriesEndpoint = publicEndpoint('categories', categories)

// The document changes only with a new deployment: made once, on first request.
let openApi: { body: Buffer<ArrayBuffer>; etag: string } | undefined
const openApiFile = () => {
  if (openApi) return openApi
  const body = Buffer.from(JSON.stringify(openApiDocument(), null, 2))
  return (openApi = { body, etag: etagOf(body) })
}

/** The OpenAPI document, cached for an hour. */
export const openApiEndpoint = whenEnabled((request) => {
  const { body, etag } = openApiFile()
  const headers = {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'ETag',
    'cache-control': 'public, max-age=3600, s-maxage=3600, stale-while-revalidate=86400',
    etag,
  }
  if (
    request.headers
      .get('if-none-match')
      ?.split(',')
      .some((tag) => tag.trim().replace(/^W\//, '') === etag)
  )
    return new Response(null, { status: 304, headers })
  return new Response(body, {
    headers: { ...headers, 'content-type': 'application/vnd.oai.openapi+json; charset=utf-8' },
  })
})
