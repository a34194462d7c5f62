import crypto from 'node:crypto'

import { signingKey, verifyingKey } from './linkKeys'

/**
 * Signed links in newsletter emails. A token names its purpose, the subscriber and, for a
 * confirmation, the sign-up it answers (so signing up again voids older links) and when it
 * expires. Nothing is stored: the HMAC proves the server issued it. A token is `keyId.body.mac`
 * (the key ring in ./linkKeys.ts), or `body.mac` when signed by the legacy PAYLOAD_SECRET key.
 */
export type TokenPurpose = 'confirm' | 'unsubscribe'

type Claims = { p: TokenPurpose; s: string; r?: number; e?: number }

export type VerifiedToken = { subscriber: string; requestedAt?: number }

export type TokenProblem = 'invalid' | 'expired'

/** How long a confirmation link works: long enough for a holiday, short enough to be stale. */
export const confirmationLifetimeMs = 7 * 24 * 60 * 60 * 1000

const mac = (key: Buffer, signed: string) => crypto.createHmac('sha256', key).update(signed).digest('base64url')

const sign = (claims: Claims) => {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  const { id, key } = signingKey()
  const signed = id === undefined ? body : `${id}.${body}`
  return `${signed}.${mac(key, signed)}`
}

/** The confirmation link's token: valid for this sign-up only, for `confirmationLifetimeMs`. */
export const confirmationToken = (subscriberId: string | number, requestedAt: Date, now = Date.now()) =>
  sign({ p: 'confirm', s: String(subscriberId), r: requestedAt.getTime(), e: now + confirmationLifetimeMs })

/** The unsubscribe link's token: it must keep working in every email ever sent, so it never expires. */
export const unsubscribeToken = (subscriberId: string | number) => sign({ p: 'unsubscribe', s: String(subscriberId) })

type Verified = { ok: true; token: VerifiedToken } | { ok: false; problem: TokenProblem }

/**
 * A newsletter link's token: signed for `purpose` and naming a subscriber. Other features sign
 * their links with this signer under a prefixed subject (`registration:12`, the training's):
 * such a token names no subscriber, so it is invalid here rather than looked up as one.
 */
export const verifyToken = (token: unknown, purpose: TokenPurpose, now = Date.now()): Verified => {
  const verified = verifySignedToken(token, purpose, now)
  return verified.ok && verified.token.subscriber.includes(':') ? { ok: false, problem: 'invalid' } : verified
}

/** Any token this signer made for `purpose`, whatever its subject names. */
export const verifySignedToken = (token: unknown, purpose: TokenPurpose, now = Date.now()): Verified => {
  if (typeof token !== 'string' || token.length > 512) return { ok: false, problem: 'invalid' }
  const parts = token.split('.')
  if (parts.length !== 2 && parts.length !== 3) return { ok: false, problem: 'invalid' }
  const [keyId, body, signature] = parts.length === 3 ? parts : [undefined, ...parts]
  const key = verifyingKey(keyId)
  if (!key || !body || !signature) return { ok: false, problem: 'invalid' }
  const expected = Buffer.from(mac(key, parts.slice(0, -1).join('.')))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected))
    return { ok: false, problem: 'invalid' }
  let claims: Claims
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, problem: 'invalid' }
  }
  if (claims.p !== purpose || typeof claims.s !== 'string') return { ok: false, problem: 'invalid' }
  if (claims.e !== undefined && now > claims.e) return { ok: false, problem: 'expired' }
  return { ok: true, token: { subscriber: claims.s, requestedAt: claims.r } }
}
