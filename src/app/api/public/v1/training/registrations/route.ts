export const dynamic = 'force-dynamic'

export { POST, OPTIONS } from '@/plugins/training/routes/register'
