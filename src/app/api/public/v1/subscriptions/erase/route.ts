import { linkButton } from '@/newsletter/linkButton'
import { erase } from '@/newsletter/subscriptions'

export const dynamic = 'force-dynamic'

/** The data deletion request, from the unsubscribe page: the same signed token proves the address. */
export const { POST, OPTIONS } = linkButton('unsubscribe', erase)
