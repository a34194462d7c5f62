import { publicEndpoint, preflight } from '@/public-api/handler'
import { newsList } from '@/plugins/public-api/queries'

export const dynamic = 'force-dynamic'

export const GET = publicEndpoint('news', newsList)
export const OPTIONS = preflight
