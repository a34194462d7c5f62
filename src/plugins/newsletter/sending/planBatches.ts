import type { Payload, Where } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import type { Newsletter, NewsletterBatch } from '@/payload-types'

import { subscriberIdOf } from './sendBatch'

/** Resend accepts at most 100 emails per batch call. */
export const batchSize = 100

/**
 * Goes through every batch of an issue, handing each to `send` once it is in the ledger:
 *
 * 1. Each batch is written to the ledger (`newsletter-batches`, status `planned`) with its exact
 *    recipients before it is sent.
 * 2. A batch left `planned` by a dead sender is handed over again first, with the same recipients.
 * 3. New batches continue after the highest subscriber id already planned for that language, so
 *    nobody is skipped and nobody is planned twice (the ledger's (newsletter, sequence) is unique).
 *    Recipients are the subscribers confirmed before sending began (`startedAt`).
 */
export const planAndSend = async (
  payload: Payload,
  id: Newsletter['id'],
  startedAt: string,
  send: (batch: NewsletterBatch) => Promise<void>,
) => {
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
          newsletter: id,
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

/** The highest subscriber id this issue has already planned in one language, if any. */
const lastPlannedSubscriber = async (payload: Payload, id: Newsletter['id'], locale: Locale) => {
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
