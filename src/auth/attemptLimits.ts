import type { CollectionBeforeOperationHook } from 'payload'

import { adminText } from '@/auth/adminStrings'
import { clientIp } from '@/public-forms/clientIp'
import { Refusal } from '@/refusal'
import { consumeRateLimit, type Endpoint } from '@/public-forms/rateLimit'

/** The auth operations anyone may try without signing in, and what names the account tried. */
const guarded: Partial<Record<string, { endpoint: Endpoint; account: 'email' | 'token' }>> = {
  login: { endpoint: 'login', account: 'email' },
  forgotPassword: { endpoint: 'forgotPassword', account: 'email' },
  resetPassword: { endpoint: 'resetPassword', account: 'token' },
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60))

/**
 * Password guessing and reset-email flooding, over REST and GraphQL, go through the same guard
 * as the public forms: per IP address (network, for IPv6) and per account, 429 with Retry-After
 * beyond. The Local API is the server's own code and is not counted.
 */
export const limitAuthAttempts: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const rule = guarded[operation]
  if (!rule || req.payloadAPI === 'local') return args
  // A sign-in inside a transaction already open is the server's own (first-register signs the new
  // admin in): not an attempt, and on SQLite the count could not be written beside that transaction.
  if (operation === 'login' && req.transactionID) return args
  const data: unknown = 'data' in args ? args.data : undefined
  const account: unknown = data && typeof data === 'object' ? Reflect.get(data, rule.account) : undefined
  const attempts = [
    { ip: clientIp(req) },
    ...(typeof account === 'string' && account.trim() ? [{ address: account }] : []),
  ]
  for (const who of attempts) {
    const result = await consumeRateLimit(req.payload, rule.endpoint, who)
    if (!result.ok) {
      ;(req.responseHeaders ??= new Headers()).set('Retry-After', String(result.retryAfterSeconds))
      // In the admin's language (the signed-out login form's, from Accept-Language).
      throw new Refusal(
        'TooManyAttempts',
        adminText(req.t)('signIn:tooManyAttempts', { count: minutes(result.retryAfterSeconds) }),
        429,
      )
    }
  }
  return args
}
