import type { CollectionBeforeDeleteHook, Payload, PayloadRequest } from 'payload'

import type { NewsletterBatch, Subscriber } from '@/payload-types'

type Delivery = NonNullable<NewsletterBatch['deliveries']>[number]

const subscriberOf = (delivery: Delivery) =>
  String(typeof delivery.subscriber === 'object' ? delivery.subscriber?.id : delivery.subscriber)

/**
 * Removes a subscriber's rows from the delivery ledger, found by their id and by their address
 * (an address changed since sending is still theirs). The batches stay, so the sender still knows
 * which batches it sent.
 */
export const forgetDeliveries = async (
  payload: Payload,
  who: { id: Subscriber['id'] | string; email?: string },
  req?: PayloadRequest,
) => {
  const theirs = (delivery: Delivery) =>
    subscriberOf(delivery) === String(who.id) || (who.email !== undefined && delivery.email === who.email)
  const { docs: batches } = await payload.find({
    collection: 'newsletter-batches',
    where: {
      or: [
        { 'deliveries.subscriber': { equals: who.id } },
        ...(who.email ? [{ 'deliveries.email': { equals: who.email } }] : []),
      ],
    },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  for (const batch of batches)
    await payload.update({
      collection: 'newsletter-batches',
      id: batch.id,
      data: { deliveries: (batch.deliveries ?? []).filter((delivery) => !theirs(delivery)) },
      depth: 0,
      req,
      overrideAccess: true,
    })
}

/**
 * A deleted subscriber leaves no address behind, whoever deletes them (their own erase link, or
 * an editor acting on a request). Before the deletion, so that a failure leaves the subscriber
 * there to be erased again rather than addresses nobody can reach any more.
 */
export const eraseFromDeliveryLedger: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const subscriber = (await req.payload.findByID({
    collection: 'subscribers',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as Subscriber | null
  await forgetDeliveries(req.payload, { id, email: subscriber?.email }, req)
}
