export { newsEndpoint as GET, preflight as OPTIONS } from '@/plugins/public-api/routes'

export const dynamic = 'force-dynamic'
