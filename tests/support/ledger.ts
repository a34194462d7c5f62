import type { Payload } from 'payload'

import type { NewsletterBatch } from '@/payload-types'

/** A sent batch in the delivery ledger, as the sender leaves it, for `newsletter`. */
export const sentBatch = (payload: Payload, newsletter: number, deliveries: NewsletterBatch['deliveries']) =>
  payload.create({
    collection: 'newsletter-batches',
    data: { newsletter, sequence: 1, locale: 'en', status: 'sent', deliveries },
  })
