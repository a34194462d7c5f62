export const dynamic = 'force-dynamic'

export { POST } from '@/plugins/newsletter/routes/resendWebhook'
