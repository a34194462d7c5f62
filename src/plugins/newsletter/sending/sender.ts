import type { Payload, Where } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { MailError, mailFrom, mailTransport, resendRequestsPerSecond, type MailTransport } from '@/mail/transport'
import type { Newsletter, NewsletterBatch, Subscriber } from '@/payload-types'

import { emailOrigin } from '@/mail/origin'
import { holdLease, stopping } from '@/jobs/stopping'
import { subscriptionLinks } from '../links'
import { moveLease, releaseLease, takeLease } from './lease'
import { personalise, renderIssue, type RenderedIssue } from './renderIssue'
import { unsubscribeToken } from '../subscribers/tokens'

/** Resend accepts at most 100 emails per batch call. */
export const batchSize = 100

/** A running sender renews its lease after every batch; a lease this old means the sender died. */
export const leaseMs = () => Number(process.env.NEWSLETTER_LEASE_SECONDS ?? 120) * 1000

/** Transient failures (429, 5xx, network) are retried in place this many times before the job gives up. */
const attemptsPerBatch = 6

export type SendOutcome = 'sent' | 'not-due' | 'busy' | 'interrupted'

/** The process is stopping: the sender stopped between two batches and gave its lease back. */
class Interrupted extends Error {}

/** The lease expired and another sender took it: this one stops and leaves the issue to it. */
class LeaseLost extends Error {}

type Options = { transport?: MailTransport; now?: () => Date; sleep?: (ms: number) => Promise<void> }

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Sends one issue to every subscriber confirmed before sending began, exactly once each, and can
 * be stopped at any point and run again:
 *
 * 1. Each batch is written to the ledger (`newsletter-batches`, status `planned`) with its exact
 *    recipients before Resend is called, under the idempotency key `newsletter-<id>-batch-<n>`.
 * 2. A batch left `planned` by a dead sender is sent again with the same key and recipients, so
 *    Resend (and the capture server) replays the first answer instead of sending twice.
 * 3. New batches continue after the highest subscriber id already planned for that language, so
 *    nobody is skipped and nobody is planned twice (the ledger's (newsletter, sequence) is unique).
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
  const renewLease = async (delivered: number) => {
    const next = leaseFromNow()
    if (!(await moveLease(payload, issue.id, lease, next))) throw new LeaseLost()
    lease = next
    await record(delivered)
  }
  let delivered = issue.sending?.delivered ?? 0
  let finished = false
  const forget = holdLease(() => releaseLease(payload, issue.id, lease))
  try {
    await record(delivered)
    await sendAll()
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

  async function sendAll() {
    const origin = await emailOrigin(payload)
    const rendered = new Map<Locale, Promise<RenderedIssue>>()
    const renderedIn = (locale: Locale) => {
      if (!rendered.has(locale)) rendered.set(locale, renderIssue(payload, id, locale, origin))
      return rendered.get(locale)!
    }
    const pace = pacer(resendRequestsPerSecond(), sleep)

    const send = async (batch: NewsletterBatch) => {
      const locale = batch.locale as Locale
      const content = await renderedIn(locale)
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
        await pace()
        try {
          const { ids } = await transport.sendBatch(emails, { idempotencyKey })
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
          delivered += emails.length
          await renewLease(delivered)
          return
        } catch (error) {
          const transient = error instanceof MailError && error.transient
          if (!transient || attempt >= attemptsPerBatch) {
            await payload.update({
              collection: 'newsletter-batches',
              id: batch.id,
              data: {
                status: transient ? 'planned' : 'failed',
                attempts: (batch.attempts ?? 0) + attempt,
                lastError: String((error as Error).message ?? error).slice(0, 500),
              },
              depth: 0,
            })
            // A transient failure that outlasted our retries stops this run; the job queue retries it.
            if (transient) throw error
            payload.logger.error({ err: error, batch: batch.sequence }, `newsletter ${id}: batch refused by Resend`)
            return
          }
          await sleep(
            (error as MailError).retryAfterMs ??
              Math.min(30_000, 1000 * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2),
          )
        }
      }
    }

    // 1–2: batches a previous run planned but may not have sent.
    const { docs: leftOver } = await payload.find({
      collection: 'newsletter-batches',
      where: { and: [{ newsletter: { equals: id } }, { status: { equals: 'planned' } }] },
      sort: 'sequence',
      pagination: false,
      depth: 0,
    })
    for (const batch of leftOver) await send(batch)

    // 3: plan and send the rest, one language after the other.
    const { docs: last } = await payload.find({
      collection: 'newsletter-batches',
      where: { newsletter: { equals: id } },
      sort: '-sequence',
      limit: 1,
      depth: 0,
    })
    let sequence = last[0]?.sequence ?? 0
    for (const locale of locales) {
      let after = await lastPlannedSubscriber(payload, id, locale)
      for (;;) {
        const where: Where[] = [
          { status: { equals: 'confirmed' } },
          { locale: { equals: locale } },
          { 'consent.confirmedAt': { less_than_equal: startedAt } },
        ]
        if (after !== undefined) where.push({ id: { greater_than: after } })
        const { docs: recipients } = await payload.find({
          collection: 'subscribers',
          where: { and: where },
          sort: 'id',
          limit: batchSize,
          depth: 0,
          select: { email: true },
        })
        if (!recipients.length) break
        sequence += 1
        const batch = await payload.create({
          collection: 'newsletter-batches',
          data: {
            newsletter: issue.id,
            sequence,
            locale,
            status: 'planned',
            deliveries: recipients.map((subscriber) => ({ subscriber: subscriber.id, email: subscriber.email })),
          },
          depth: 0,
        })
        await send(batch)
        after = recipients[recipients.length - 1].id
      }
    }
  }
}

const subscriberIdOf = (subscriber: Subscriber['id'] | Subscriber | null | undefined) =>
  subscriber && typeof subscriber === 'object' ? subscriber.id : (subscriber ?? undefined)

/** The highest subscriber id this issue has already planned in one language, if any. */
const lastPlannedSubscriber = async (payload: Payload, id: Newsletter['id'] | string, locale: Locale) => {
  const { docs } = await payload.find({
    collection: 'newsletter-batches',
    where: { and: [{ newsletter: { equals: id } }, { locale: { equals: locale } }] },
    sort: '-sequence',
    limit: 1,
    depth: 0,
  })
  const ids = (docs[0]?.deliveries ?? [])
    .map((delivery) => subscriberIdOf(delivery.subscriber))
    .filter((subscriber) => subscriber !== undefined)
  return ids.length ? ids[ids.length - 1] : undefined
}

/** Spaces the starts of Resend calls to stay within its per-second limit. */
const pacer = (perSecond: number, sleep: (ms: number) => Promise<void>) => {
  const gap = perSecond > 0 ? 1000 / perSecond : 0
  let next = 0
  return async () => {
    const at = Math.max(Date.now(), next)
    next = at + gap
    if (at > Date.now()) await sleep(at - Date.now())
  }
}
