export const dynamic = 'force-dynamic'

export { GET } from '@/plugins/training/certificates/download'
