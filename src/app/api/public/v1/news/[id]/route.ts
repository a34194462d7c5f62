import { idParam } from '@/plugins/public-api/definitions'
import { publicEndpoint, preflight } from '@/public-api/handler'
import { newsItem } from '@/plugins/public-api/queries'

export const dynamic = 'force-dynamic'

export const GET = publicEndpoint('newsItem', (ctx, query, params) => newsItem(ctx, params.id, query), {
  pathParams: { id: idParam },
})
export const OPTIONS = preflight
