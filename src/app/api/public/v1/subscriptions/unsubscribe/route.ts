export const dynamic = 'force-dynamic'

export { GET, POST, OPTIONS } from '@/plugins/newsletter/routes/unsubscribe'
