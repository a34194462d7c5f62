import type { Payload } from 'payload'

import { normaliseEmail } from '../subscribers/subscriptions'

/** What Resend's webhooks tell us about a delivered email, reduced to what we act on. */
export type DeliveryEvent = {
  type: 'email.bounced' | 'email.complained'
  emailId?: string
  to: string[]
  /** Resend: `Permanent` for a hard bounce; a transient one (full mailbox) changes nothing. */
  bounceType?: string
}

/**
 * A hard bounce marks the subscriber `bounced`, a complaint (marked as spam) `complained`: both
 * stop all further newsletters at once. The delivery in the ledger records the outcome too.
 */
export const recordDeliveryEvent = async (payload: Payload, event: DeliveryEvent) => {
  const hard = event.type === 'email.complained' || event.bounceType === 'Permanent'
  if (!hard) return 'ignored'
  const outcome = event.type === 'email.complained' ? 'complained' : 'bounced'

  if (event.emailId) {
    const { docs } = await payload.find({
      collection: 'newsletter-batches',
      where: { 'deliveries.resendId': { equals: event.emailId } },
      limit: 1,
      depth: 0,
    })
    const batch = docs[0]
    if (batch)
      await payload.update({
        collection: 'newsletter-batches',
        id: batch.id,
        data: {
          deliveries: (batch.deliveries ?? []).map((delivery) =>
            delivery.resendId === event.emailId ? { ...delivery, outcome } : delivery,
          ),
        },
        depth: 0,
      })
  }

  const addresses = event.to.map(normaliseEmail)
  if (addresses.length)
    await payload.update({
      collection: 'subscribers',
      where: { and: [{ email: { in: addresses } }, { status: { in: ['pending', 'confirmed'] } }] },
      data: {
        status: outcome,
        statusChangedAt: new Date().toISOString(),
        statusReason:
          outcome === 'complained'
            ? 'complaint reported by the mail provider (Resend webhook)'
            : 'hard bounce (Resend webhook)',
      },
      depth: 0,
    })
  return outcome
}
