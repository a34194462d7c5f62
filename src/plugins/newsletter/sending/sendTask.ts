import type { TaskConfig } from 'payload'

import { sendIssue } from './sender'

/** The queue newsletter sending runs on, apart from scheduled publishing. */
export const newsletterQueue = 'newsletters'

/**
 * Payload's job for one issue. The sender itself is resumable, so a retry (after a crash or an
 * outage that outlasted the sender's own retries) simply continues where the last run stopped.
 */
export const sendNewsletterTask: TaskConfig<'sendNewsletter'> = {
  slug: 'sendNewsletter',
  label: 'Send a newsletter issue',
  inputSchema: [{ name: 'newsletter', type: 'text', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  retries: { attempts: 8, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const outcome = await sendIssue(req.payload, input.newsletter)
    // Stopped by a shutdown, lease given back: a new job lets any other worker resume at once.
    if (outcome === 'interrupted') {
      req.payload.logger.info(`newsletter ${input.newsletter}: stopped between two batches; queued to resume`)
      await req.payload.jobs.queue({ task: 'sendNewsletter', queue: newsletterQueue, input, req })
    }
    return { output: { outcome } }
  },
}
