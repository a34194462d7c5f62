import { linkButton } from './linkButton'
import { erase } from '../subscribers/subscriptions'

/** The data deletion request, from the unsubscribe page: the same signed token proves the address. */
export const { POST, OPTIONS } = linkButton('unsubscribe', erase)
