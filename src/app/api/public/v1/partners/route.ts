import { publicEndpoint, preflight } from '@/public-api/handler'
import { partners } from '@/plugins/public-api/queries'

export const dynamic = 'force-dynamic'

export const GET = publicEndpoint('partners', partners)
export const OPTIONS = preflight
