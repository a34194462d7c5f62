export const dynamic = 'force-dynamic'

export { POST, OPTIONS } from '@/plugins/practice-submissions/route'
