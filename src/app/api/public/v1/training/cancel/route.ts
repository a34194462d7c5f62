import { cancelButton } from '@/plugins/training/routes/linkButtons'

export const dynamic = 'force-dynamic'

export const { POST, OPTIONS } = cancelButton
