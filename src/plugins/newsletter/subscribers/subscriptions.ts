import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { renderEmail } from '@/mail/layout'
import { fundingStatement, mailText } from '@/mail/text'
import { MailError, mailFrom, mailTransport } from '@/mail/transport'
import type { Subscriber } from '@/payload-types'

import { subscriptionLinks } from '../links'
import { consentVersion, consentWording } from './consent'
import { forgetSubscriber } from './eraseSubscriberTraces'
import { confirmationToken, verifyToken, type TokenProblem } from './tokens'

/**
 * The subscriber's life cycle: sign up (pending) → confirm (confirmed) → unsubscribe, or erase.
 * Every step is answered by a signed link, never by knowing an address, so none of them tells a
 * stranger whether an address is on the list.
 */

export const normaliseEmail = (email: string) => email.trim().toLowerCase()

const findByEmail = async (payload: Payload, email: string) =>
  (
    await payload.find({
      collection: 'subscribers',
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
      pagination: false,
    })
  ).docs[0] as Subscriber | undefined

const findById = async (payload: Payload, id: string) =>
  (await payload.findByID({ collection: 'subscribers', id, depth: 0, disableErrors: true })) as Subscriber | null

export type SignUp = {
  email: string
  locale: Locale
  source: 'website' | 'widget'
  ipHash: string
  /** Origin of the request, for the link in the email when SERVER_URL is not set. */
  origin: string
  now?: Date
}

/**
 * Records the request and sends the confirmation email, unless the address is already confirmed
 * (then nothing happens: the caller answers the same either way). Signing up again while pending
 * or after leaving starts a new consent record and voids earlier confirmation links.
 */
export const signUp = async (payload: Payload, request: SignUp): Promise<void> => {
  const email = normaliseEmail(request.email)
  const now = request.now ?? new Date()
  const existing = await findByEmail(payload, email)
  if (existing?.status === 'confirmed') return

  const consent = {
    text: consentWording[request.locale],
    version: consentVersion,
    source: request.source,
    requestedAt: now.toISOString(),
    ipHash: request.ipHash,
    confirmationSentAt: null,
    confirmedAt: null,
  }
  const data = {
    email,
    locale: request.locale,
    status: 'pending' as const,
    statusChangedAt: now.toISOString(),
    statusReason: existing ? 'signed up again' : 'signed up',
    consent,
  }
  let subscriber: Subscriber
  try {
    subscriber = existing
      ? await payload.update({ collection: 'subscribers', id: existing.id, data, depth: 0 })
      : await payload.create({ collection: 'subscribers', data, depth: 0 })
  } catch (error) {
    // Two sign-ups for one new address at once: the other request has just recorded it.
    if (!existing && (await findByEmail(payload, email))) return
    throw error
  }

  try {
    await sendConfirmation(payload, subscriber, request.origin)
  } catch (error) {
    // Refused for good (an address Resend will not mail, say): retrying would not help, and the
    // person still gets the neutral answer. Editors see a pending sign-up with no email sent.
    if (!(error instanceof MailError && error.transient)) {
      payload.logger.error({ err: error }, `subscriber ${subscriber.id}: confirmation email refused`)
      return
    }
    // The sign-up is recorded; the email follows as soon as Resend takes it (sendConfirmationTask).
    payload.logger.warn({ err: error }, `subscriber ${subscriber.id}: confirmation email queued for retry`)
    await payload.jobs.queue({
      task: 'sendConfirmation',
      input: { subscriber: String(subscriber.id), requestedAt: consent.requestedAt, origin: request.origin },
    })
    return
  }
  await recordConfirmationSent(payload, subscriber)
}

/**
 * Whether `record` still holds the sign-up made at `requestedAt` (a moment, or its ISO text): each
 * sign-up again starts a new consent record, voiding what belonged to the earlier one.
 */
export const isSignUpOf = (
  record: Subscriber | null | undefined,
  requestedAt: Date | number | string | null | undefined,
) => {
  const recorded = record?.consent?.requestedAt
  if (!recorded || requestedAt === null || requestedAt === undefined) return false
  return new Date(recorded).getTime() === new Date(requestedAt).getTime()
}

/**
 * Notes when the confirmation went, on the sign-up it was for: a newer sign-up meanwhile has its
 * own record, which is left as it is.
 */
export const recordConfirmationSent = async (payload: Payload, sentFor: Subscriber) => {
  const current = await findById(payload, String(sentFor.id))
  if (!current?.consent || !isSignUpOf(current, sentFor.consent?.requestedAt)) return
  await payload.update({
    collection: 'subscribers',
    id: current.id,
    data: { consent: { ...current.consent, confirmationSentAt: new Date().toISOString() } },
    depth: 0,
  })
}

/** Sends the sign-up's confirmation email (its link is tied to this sign-up's time). */
export const sendConfirmation = async (payload: Payload, subscriber: Subscriber, origin: string) => {
  const locale = subscriber.locale as Locale
  const t = mailText(locale)
  const requestedAt = new Date(subscriber.consent!.requestedAt!)
  const link = subscriptionLinks(origin, locale).confirm(confirmationToken(subscriber.id, requestedAt))
  const { html, text } = renderEmail({
    lang: locale,
    title: t('confirmTitle'),
    preheader: t('confirmIntro'),
    blocks: [
      { kind: 'paragraph', text: t('confirmIntro') },
      { kind: 'button', label: t('confirmAction'), url: link },
      { kind: 'paragraph', text: t('consentGiven', { text: consentWording[locale] }) },
      { kind: 'paragraph', text: t('confirmExpiry') },
    ],
    funding: await fundingStatement(payload, locale),
  })
  await mailTransport().send({ from: mailFrom(), to: subscriber.email, subject: t('confirmSubject'), html, text })
}

export type LinkOutcome<T extends string> = T | TokenProblem

/** The confirmation link: only the latest sign-up's link confirms, and only while pending. */
export const confirm = async (
  payload: Payload,
  token: unknown,
  now = new Date(),
): Promise<LinkOutcome<'confirmed'>> => {
  const verified = verifyToken(token, 'confirm', now.getTime())
  if (!verified.ok) return verified.problem
  const subscriber = await findById(payload, verified.token.subscriber)
  if (!subscriber?.consent || !isSignUpOf(subscriber, verified.token.requestedAt)) return 'invalid'
  if (subscriber.status === 'confirmed') return 'confirmed'
  if (subscriber.status !== 'pending') return 'invalid'
  await payload.update({
    collection: 'subscribers',
    id: subscriber.id,
    data: {
      status: 'confirmed',
      statusChangedAt: now.toISOString(),
      statusReason: 'confirmed by the link in the email',
      consent: { ...subscriber.consent, confirmedAt: now.toISOString() },
    },
    depth: 0,
  })
  return 'confirmed'
}

/**
 * The unsubscribe link and RFC 8058's one-click POST. Idempotent: an address already gone, or
 * erased, is simply "unsubscribed".
 */
export const unsubscribe = async (
  payload: Payload,
  token: unknown,
  reason: string,
  now = new Date(),
): Promise<LinkOutcome<'unsubscribed'>> => {
  const verified = verifyToken(token, 'unsubscribe', now.getTime())
  if (!verified.ok) return verified.problem
  const subscriber = await findById(payload, verified.token.subscriber)
  if (subscriber && (subscriber.status === 'confirmed' || subscriber.status === 'pending'))
    await payload.update({
      collection: 'subscribers',
      id: subscriber.id,
      data: { status: 'unsubscribed', statusChangedAt: now.toISOString(), statusReason: reason },
      depth: 0,
    })
  return 'unsubscribed'
}

/**
 * Deletes the subscriber; the collection's hook removes every trace of them. Asked
 * again once they are gone, it clears the ledger again, in case an earlier attempt stopped half-way.
 */
export const erase = async (payload: Payload, token: unknown): Promise<LinkOutcome<'erased'>> => {
  const verified = verifyToken(token, 'unsubscribe')
  if (!verified.ok) return verified.problem
  const subscriber = await findById(payload, verified.token.subscriber)
  if (subscriber) await payload.delete({ collection: 'subscribers', id: subscriber.id })
  else await forgetSubscriber(payload, { id: verified.token.subscriber })
  return 'erased'
}
