import type { CollectionAfterDeleteHook } from 'payload'

import type { Subscriber } from '@/payload-types'

/**
 * A deleted subscriber leaves no address behind: their rows in the delivery ledger go too,
 * whoever deletes them (their own erase link, or an editor acting on a request). The batches
 * stay, so the sender still knows which batches it sent.
 */
export const eraseFromDeliveryLedger: CollectionAfterDeleteHook<Subscriber> = async ({ doc, req }) => {
  const { docs: batches } = await req.payload.find({
    collection: 'newsletter-batches',
    where: { 'deliveries.email': { equals: doc.email } },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  for (const batch of batches)
    await req.payload.update({
      collection: 'newsletter-batches',
      id: batch.id,
      data: { deliveries: (batch.deliveries ?? []).filter((delivery) => delivery.email !== doc.email) },
      depth: 0,
      req,
      overrideAccess: true,
    })
}
