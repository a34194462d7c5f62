import { confirmButton } from '@/plugins/training/routes/linkButtons'

export const dynamic = 'force-dynamic'

export const { POST, OPTIONS } = confirmButton
