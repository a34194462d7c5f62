import { publicEndpoint, preflight } from '@/public-api/handler'
import { categories } from '@/plugins/public-api/queries'

export const dynamic = 'force-dynamic'

export const GET = publicEndpoint('categories', categories)
export const OPTIONS = preflight
