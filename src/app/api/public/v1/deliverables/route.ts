import { publicEndpoint, preflight } from '@/public-api/handler'
import { deliverables } from '@/plugins/public-api/queries'

export const dynamic = 'force-dynamic'

export const GET = publicEndpoint('deliverables', deliverables)
export const OPTIONS = preflight
