import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { mailTransport, resendRequestsPerSecond, type MailTransport } from '@/mail/transport'
import type { Newsletter } from '@/payload-types'

import { emailOrigin } from '@/mail/origin'
import { holdLease } from '@/jobs/stopping'
import { moveLease, releaseLease, takeLease } from './lease'
import { pacer } from './pacer'
import { planAndSend } from './planBatches'
import { renderIssue, type RenderedIssue } from './renderIssue'
import { Interrupted, sendBatch } from './sendBatch'

/** A running sender renews its lease after every batch; a lease this old means the sender died. */
export const leaseMs = () => Number(process.env.NEWSLETTER_LEASE_SECONDS ?? 120) * 1000

export type SendOutcome = 'sent' | 'not-due' | 'busy' | 'interrupted'

/** The lease expired and another sender took it: this one stops and leaves the issue to it. */
class LeaseLost extends Error {}

type Options = { transport?: MailTransport; now?: () => Date; sleep?: (ms: number) => Promise<void> }

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Sends one issue to every subscriber confirmed before sending began, exactly once each, and can
 * be stopped at any point and run again: batches are planned in a ledger before they are sent
 * (./planBatches.ts) and sent under idempotency keys (./sendBatch.ts). One sender at a time holds
 * the issue's lease, renewed after every batch.
 */
export const sendIssue = async (
  payload: Payload,
  id: Newsletter['id'] | string,
  options: Options = {},
): Promise<SendOutcome> => {
  const now = options.now ?? (() => new Date())
  const sleep = options.sleep ?? wait
  const transport = options.transport ?? mailTransport()
  const issue = await payload.findByID({ collection: 'newsletters', id, depth: 0 })
  if (issue.status === 'sent') return 'sent'
  const due = issue.status === 'sending' || (issue.status === 'scheduled' && new Date(issue.scheduledFor ?? 0) <= now())
  if (!due) return 'not-due'

  const startedAt = issue.sending?.startedAt ?? now().toISOString()
  const leaseFromNow = () => new Date(now().getTime() + leaseMs()).toISOString()
  let lease = leaseFromNow()
  if (!(await takeLease(payload, issue.id, now(), lease))) return 'busy'
  const record = (delivered: number) =>
    payload.update({
      collection: 'newsletters',
      id,
      data: { status: 'sending', sending: { ...issue.sending, startedAt, delivered, leaseUntil: lease } },
      depth: 0,
    })
  let delivered = issue.sending?.delivered ?? 0
  let finished = false
  const forget = holdLease(() => releaseLease(payload, issue.id, lease))
  try {
    await record(delivered)
    const origin = await emailOrigin(payload)
    const rendered = new Map<Locale, Promise<RenderedIssue>>()
    const sending = {
      payload,
      id,
      origin,
      transport,
      now,
      sleep,
      pace: pacer(resendRequestsPerSecond(), sleep),
      renderedIn: (locale: Locale) => {
        if (!rendered.has(locale)) rendered.set(locale, renderIssue(payload, id, locale, origin))
        return rendered.get(locale)!
      },
      sent: async (emails: number) => {
        delivered += emails
        const next = leaseFromNow()
        if (!(await moveLease(payload, issue.id, lease, next))) throw new LeaseLost()
        lease = next
        await record(delivered)
      },
    }
    await planAndSend(payload, issue.id, startedAt, (batch) => sendBatch(sending, batch))
    finished = true
  } catch (error) {
    if (error instanceof LeaseLost) return 'busy'
    if (error instanceof Interrupted) return 'interrupted'
    throw error
  } finally {
    forget()
    // Given back at once, so a retry or another process resumes without waiting for it to expire.
    if (!finished) await releaseLease(payload, issue.id, lease)
  }
  await payload.update({
    collection: 'newsletters',
    id,
    data: {
      status: 'sent',
      sentAt: now().toISOString(),
      sending: { ...issue.sending, startedAt, delivered, recipients: delivered, leaseUntil: null },
    },
    depth: 0,
  })
  return 'sent'
}
