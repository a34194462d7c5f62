import { etagOf } from '@/public-api/responses.js'
import { openApiDocument } from '@/plugins/public-api/openapi'

const body = Buffer.from(JSON.stringify(openApiDocument(), null, 2))
const etag = etagOf(body)

/** The document changes only with a new deployment: computed once, cached for an hour. */
export const GET = (request: Request) => {
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
  return new Response(body as unknown as BodyInit, {
    headers: { ...headers, 'content-type': 'application/vnd.oai.openapi+json; charset=utf-8' },
  })
}
