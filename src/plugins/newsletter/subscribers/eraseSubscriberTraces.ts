import type { CollectionBeforeDeleteHook, Payload, PayloadRequest } from 'payload'

import type { NewsletterBatch, Subscriber } from '@/payload-types'
import { forgetAddressCounts } from '@/public-forms/rateLimit'

type Delivery = NonNullable<NewsletterBatch['deliveries']>[number]

type Who = { id: Subscriber['id'] | string; email?: string }

const subscriberOf = (delivery: Delivery) =>
  String(typeof delivery.subscriber === 'object' ? delivery.subscriber?.id : delivery.subscriber)

const withoutAddress = (text: string | null | undefined, email: string | undefined) =>
  text && email ? text.split(email).join('[erased address]') : text

/**
 * Removes a subscriber's rows from the delivery ledger, found by their id and by their address
 * (an address changed since sending is still theirs), and their address from the batches' error
 * text. The batches stay, so the sender still knows which batches it sent.
 */
const forgetDeliveries = async (payload: Payload, who: Who, req?: PayloadRequest) => {
  const theirs = (delivery: Delivery) =>
    subscriberOf(delivery) === String(who.id) || (who.email !== undefined && delivery.email === who.email)
  const { docs: batches } = await payload.find({
    collection: 'newsletter-batches',
    where: {
      or: [
        { 'deliveries.subscriber': { equals: who.id } },
        ...(who.email ? [{ 'deliveries.email': { equals: who.email } }, { lastError: { contains: who.email } }] : []),
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
      data: {
        deliveries: (batch.deliveries ?? []).filter((delivery) => !theirs(delivery)),
        lastError: withoutAddress(batch.lastError, who.email),
      },
      depth: 0,
      req,
      overrideAccess: true,
    })
}

const subscriberInput = (input: unknown) =>
  input && typeof input === 'object' && 'subscriber' in input ? String(input.subscriber) : undefined

/** A confirmation email still queued for them would name them in the job queue (and send). */
const forgetQueuedConfirmations = async (payload: Payload, who: Who, req?: PayloadRequest) => {
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'sendConfirmation' } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const theirs = jobs.filter((job) => subscriberInput(job.input) === String(who.id))
  for (const job of theirs) await payload.delete({ collection: 'payload-jobs', id: job.id, req, overrideAccess: true })
}

/**
 * Everything kept about a subscriber besides their record: deliveries, queued confirmation
 * emails, the sign-up count for their address. Asked again once they are gone (by id alone), it
 * clears what it still can, in case an earlier attempt stopped half-way.
 */
export const forgetSubscriber = async (payload: Payload, who: Who, req?: PayloadRequest) => {
  await forgetDeliveries(payload, who, req)
  await forgetQueuedConfirmations(payload, who, req)
  if (who.email) await forgetAddressCounts(payload, 'subscribe', who.email, req)
}

/**
 * A deleted subscriber leaves no trace, whoever deletes them (their own erase link, or an editor
 * acting on a request). Before the deletion, so that a failure leaves the subscriber there to be
 * erased again rather than traces nobody can find any more.
 */
export const eraseSubscriberTraces: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const subscriber = (await req.payload.findByID({
    collection: 'subscribers',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as Subscriber | null
  await forgetSubscriber(req.payload, { id, email: subscriber?.email }, req)
}
