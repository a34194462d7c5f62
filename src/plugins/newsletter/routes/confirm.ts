import { linkButton } from './linkButton'
import { confirm } from '../subscribers/subscriptions'

/** The confirmation page's button: the signed token from the email confirms the subscription. */
export const { POST, OPTIONS } = linkButton('confirm', confirm)
