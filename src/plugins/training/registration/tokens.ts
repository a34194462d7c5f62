import {
  confirmationToken,
  unsubscribeToken,
  verifySignedToken,
  type TokenProblem,
} from '@/plugins/newsletter/subscribers/tokens'

/**
 * The signed links in training emails, made by the newsletter's signer (same key ring, same
 * expiry for confirmations). The subject is prefixed, so a newsletter link never names a
 * registration and a training link never names a subscriber.
 *  - confirm: confirms the e-mail address of this registration, for a week.
 *  - participant: opens the participant's own page (and cancels from it); it must keep working
 *    in every email ever sent, so it never expires.
 */
const prefix = 'registration:'

export const registrationConfirmToken = (id: number | string, requestedAt: Date) =>
  confirmationToken(`${prefix}${id}`, requestedAt)

export const participantToken = (id: number | string) => unsubscribeToken(`${prefix}${id}`)

type Verified = { ok: true; registration: string; requestedAt?: number } | { ok: false; problem: TokenProblem }

const verify = (token: unknown, purpose: 'confirm' | 'unsubscribe', now: number): Verified => {
  const verified = verifySignedToken(token, purpose, now)
  if (!verified.ok) return verified
  const { subscriber: subject, requestedAt } = verified.token
  if (!subject.startsWith(prefix)) return { ok: false, problem: 'invalid' }
  return { ok: true, registration: subject.slice(prefix.length), requestedAt }
}

export const verifyConfirmToken = (token: unknown, now = Date.now()) => verify(token, 'confirm', now)

export const verifyParticipantToken = (token: unknown, now = Date.now()) => verify(token, 'unsubscribe', now)
