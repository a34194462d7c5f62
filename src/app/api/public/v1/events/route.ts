import { publicEndpoint, preflight } from '@/public-api/handler'
import { events } from '@/plugins/public-api/queries'

export const dynamic = 'force-dynamic'

export const GET = publicEndpoint('events', events, { ttlMs: 60_000 })
export const OPTIONS = preflight
