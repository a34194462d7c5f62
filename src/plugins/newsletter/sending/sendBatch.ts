import type { Payload } from 'payload'

import { stopping } from '@/jobs/stopping'
import type { Locale } from '@/i18n/locales'
import { MailError, mailFrom, type MailTransport } from '@/mail/transport'
import type { Newsletter, NewsletterBatch, Subscriber } from '@/payload-types'

import { subscriptionLinks } from '../links'
import { unsubscribeToken } from '../subscribers/tokens'
import { personalise, type RenderedIssue } from './renderIssue'

/** Transient failures (429, 5xx, network) are retried in place this many times before the job gives up. */
const attemptsPerBatch = 6

/** The process is stopping: the sender stopped between two batches and gave its lease back. */
export class Interrupted extends Error {}

export const subscriberIdOf = (subscriber: Subscriber['id'] | Subscriber | null | undefined) =>
  subscriber && typeof subscriber === 'object' ? subscriber.id : (subscriber ?? undefined)

export type BatchSending = {
  payload: Payload
  id: Newsletter['id'] | string
  origin: string
  transport: MailTransport
  now: () => Date
  sleep: (ms: number) => Promise<void>
  /** Waits for Resend's rate limit before each call. */
  pace: () => Promise<void>
  renderedIn: (locale: Locale) => Promise<RenderedIssue>
  /** Called once a batch is sent and recorded, with how many emails it held. */
  sent: (emails: number) => Promise<void>
}

/**
 * Sends one planned batch under its idempotency key `newsletter-<id>-batch-<n>` (a batch sent
 * again with the same key is replayed by Resend, not sent twice) and records the outcome in the
 * ledger. Transient failures are retried with backoff; one that outlasts the retries is thrown
 * with the batch left `planned`; a refused batch is marked `failed` and sending goes on.
 */
export const sendBatch = async (sending: BatchSending, batch: NewsletterBatch) => {
  const { payload, id, origin, transport, now, sleep } = sending
  const locale = batch.locale as Locale
  const content = await sending.renderedIn(locale)
  const links = subscriptionLinks(origin, locale)
  const emails = (batch.deliveries ?? []).map((delivery) => {
    const token = unsubscribeToken(subscriberIdOf(delivery.subscriber) ?? 'erased')
    return {
      from: mailFrom(),
      to: delivery.email,
      ...personalise(content, links.unsubscribePage(token)),
      headers: {
        'List-Unsubscribe': `<${links.oneClick(token)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      tags: [{ name: 'newsletter', value: String(id) }],
    }
  })
  // A safe point: everything before this batch is in the ledger, nothing of it is sent yet.
  if (stopping()) throw new Interrupted()
  const idempotencyKey = `newsletter-${id}-batch-${batch.sequence}`
  for (let attempt = 1; ; attempt++) {
    await sending.pace()
    let ids: string[]
    try {
      ;({ ids } = await transport.sendBatch(emails, { idempotencyKey }))
    } catch (error) {
      const transient = error instanceof MailError && error.transient
      if (transient && attempt < attemptsPerBatch) {
        await sleep(error.retryAfterMs ?? Math.min(30_000, 1000 * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2))
        continue
      }
      await payload.update({
        collection: 'newsletter-batches',
        id: batch.id,
        data: {
          status: transient ? 'planned' : 'failed',
          attempts: (batch.attempts ?? 0) + attempt,
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
        },
        depth: 0,
      })
      // A transient failure that outlasted our retries stops this run; the job queue retries it.
      if (transient) throw error
      payload.logger.error({ err: error, batch: batch.sequence }, `newsletter ${id}: batch refused by Resend`)
      return
    }
    // Only Resend's answer is judged above: a failure from here on (the ledger, the lease) is not
    // the batch's, and leaves it planned, to be sent again under the same key (replayed, not resent).
    await payload.update({
      collection: 'newsletter-batches',
      id: batch.id,
      data: {
        status: 'sent',
        sentAt: now().toISOString(),
        attempts: (batch.attempts ?? 0) + attempt,
        lastError: null,
        deliveries: (batch.deliveries ?? []).map((delivery, index) => ({
          ...delivery,
          resendId: ids[index],
          outcome: 'sent' as const,
        })),
      },
      depth: 0,
    })
    await sending.sent(emails.length)
    return
  }
}
