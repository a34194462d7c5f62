import { linkButton } from '@/newsletter/linkButton'
import { confirm } from '@/newsletter/subscriptions'

export const dynamic = 'force-dynamic'

/** The confirmation page's button: the signed token from the email confirms the subscription. */
export const { POST, OPTIONS } = linkButton('confirm', confirm)
