export const dynamic = 'force-dynamic'

export { GET } from '@/plugins/training/routes/formStrings'
