import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import type { Newsletter } from '@/payload-types'

import { newsletterQueue } from './sendTask'

const queue = (payload: Payload, newsletter: Newsletter, req?: PayloadRequest) =>
  payload.jobs.queue({
    task: 'sendNewsletter',
    queue: newsletterQueue,
    input: { newsletter: String(newsletter.id) },
    waitUntil: newsletter.scheduledFor ? new Date(newsletter.scheduledFor) : undefined,
    req,
  })

/**
 * Scheduling an issue queues its sending job for the chosen time; rescheduling queues another
 * (the earlier job finds the issue not yet due and does nothing), unscheduling leaves the job to
 * find a draft.
 */
export const queueWhenScheduled: CollectionAfterChangeHook<Newsletter> = async ({ doc, previousDoc, req }) => {
  const newlyScheduled =
    doc.status === 'scheduled' &&
    (previousDoc?.status !== 'scheduled' || previousDoc?.scheduledFor !== doc.scheduledFor)
  if (newlyScheduled) await queue(req.payload, doc, req)
  return doc
}

/**
 * At start-up: an issue left `sending` with a stale lease lost its sender (the process died), so
 * it gets a fresh job; the sender resumes from its ledger.
 */
export const resumeInterruptedSends = async (payload: Payload, now = new Date()) => {
  const { docs } = await payload.find({
    collection: 'newsletters',
    where: {
      and: [
        { status: { equals: 'sending' } },
        {
          or: [{ 'sending.leaseUntil': { less_than: now.toISOString() } }, { 'sending.leaseUntil': { exists: false } }],
        },
      ],
    },
    depth: 0,
    pagination: false,
  })
  for (const newsletter of docs) {
    payload.logger.info(`Newsletter ${newsletter.number}: sending was interrupted; resuming`)
    await queue(payload, { ...newsletter, scheduledFor: null })
  }
  return docs.length
}
