import { publicEndpoint, preflight } from '@/public-api/handler'
import { project } from '@/plugins/public-api/queries'

export const dynamic = 'force-dynamic'

export const GET = publicEndpoint('project', project)
export const OPTIONS = preflight
