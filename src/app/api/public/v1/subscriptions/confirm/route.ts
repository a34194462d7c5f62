export const dynamic = 'force-dynamic'

export { POST, OPTIONS } from '@/plugins/newsletter/routes/confirm'
