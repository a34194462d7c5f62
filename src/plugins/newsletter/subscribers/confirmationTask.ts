import type { TaskConfig } from 'payload'

import type { Subscriber } from '@/payload-types'

import { isSignUpOf, recordConfirmationSent, sendConfirmation } from './subscriptions'

/**
 * The confirmation email again, for a sign-up whose email could not be sent at once (Resend down,
 * rate-limited): retried with back-off by Payload's job runner, and skipped if the sign-up has
 * since been confirmed, left or superseded by a newer one.
 */
export const sendConfirmationTask: TaskConfig<'sendConfirmation'> = {
  slug: 'sendConfirmation',
  label: 'Send a sign-up confirmation email',
  inputSchema: [
    { name: 'subscriber', type: 'text', required: true },
    { name: 'requestedAt', type: 'text', required: true },
    { name: 'origin', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
  handler: async ({ input, req }) => {
    const subscriber = (await req.payload.findByID({
      collection: 'subscribers',
      id: input.subscriber,
      depth: 0,
      disableErrors: true,
    })) as Subscriber | null
    if (!subscriber || subscriber.status !== 'pending' || !isSignUpOf(subscriber, input.requestedAt))
      return { output: { outcome: 'no longer needed' } }
    await sendConfirmation(req.payload, subscriber, input.origin)
    // Sent: a failure noting it must not send it again through a retry of this job.
    await recordConfirmationSent(req.payload, subscriber).catch((error: unknown) =>
      req.payload.logger.error({ err: error }, `subscriber ${subscriber.id}: confirmation sent, not recorded`),
    )
    return { output: { outcome: 'sent' } }
  },
}
