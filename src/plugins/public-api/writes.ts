/**
 * The public API's write endpoints (the newsletter, the practice form, the training course), as the OpenAPI
 * document lists them: each request body is the very zod schema its route checks, and each
 * example is type-checked against it. The answers' shapes follow src/public-forms/publicWrite.ts
 * (refusals) and src/plugins/newsletter/routes/answers.ts (outcomes).
 */
import { z } from 'zod'

import { linkButtonRequest } from '@/plugins/newsletter/routes/linkButton'
import { signUpRequest } from '@/plugins/newsletter/routes/signUp'
import { unsubscribeRequest } from '@/plugins/newsletter/routes/unsubscribe'
import type { Result } from '@/plugins/newsletter/routes/answers'
import { consentVersion } from '@/plugins/newsletter/subscribers/consent'
import { practiceSubmission } from '@/plugins/practice-submissions/submission'
import { trainingPaths } from '@/plugins/training/paths'
import type { TrainingResult } from '@/plugins/training/routes/answers'
import { registrationRequest } from '@/plugins/training/routes/register'

import { apiPaths } from './paths'

/** A newsletter outcome: the result and what to tell the reader, in the posted locale. */
const outcome = (result: Result) =>
  z.object({ result: z.literal(result), message: z.string().meta({ description: 'For people, in their language.' }) })

/** A training outcome: one of `results`, and what to tell the participant. */
const trainingOutcome = (...results: [TrainingResult, ...TrainingResult[]]) =>
  z.object({ result: z.enum(results), message: z.string().meta({ description: 'For people, in their language.' }) })

const tokenExample = { token: '<token from the email link>', locale: 'fr' }

export const WriteError = z
  .object({
    error: z.object({
      status: z.number(),
      code: z.string().meta({
        description:
          'invalid_field, invalid_json, invalid_body, invalid_encoding, unsupported_media_type, too_large, ' +
          'rate_limited, invalid_link, expired_link, database_unavailable or server_error.',
      }),
      message: z.string().meta({ description: 'For people, in the posted locale (else the Accept-Language one).' }),
      field: z.string().optional().meta({ description: 'The refused field.' }),
      detail: z.string().optional().meta({ description: 'What exactly was refused, for the developer of a client.' }),
    }),
  })
  .meta({ id: 'WriteError' })

type WriteEndpoint<Schema extends z.ZodType> = {
  path: string
  summary: string
  request: Schema
  example: z.input<Schema>
  success: { status: 200 | 202; description: string; schema: z.ZodType }
  /** Limited per address or token as well as per IP. */
  perAddress: boolean
  /** Answers a browser's plain form post (no JavaScript) with a 303 to a page to read. */
  formPage: string
  /** Query parameters the route reads besides its body. */
  query?: { name: string; description: string; maxLength: number }[]
}

const endpoint = <Schema extends z.ZodType>(definition: WriteEndpoint<Schema>) => definition

export const writeEndpoints = {
  subscribe: endpoint({
    path: apiPaths.subscriptions,
    summary:
      'Newsletter sign-up (double opt-in: a confirmation email follows). The same answer for every address, ' +
      'new or known. `consent` must be true (a ticked box posts `on`); `website` is a honeypot: leave it empty.',
    request: signUpRequest,
    example: { email: 'reader@example.org', locale: 'fr', consent: true, consentVersion, source: 'widget' },
    success: { status: 202, description: 'Accepted: a confirmation email is on its way.', schema: outcome('accepted') },
    perAddress: true,
    formPage: 'the sign-up result page',
  }),
  confirmSubscription: endpoint({
    path: apiPaths.confirmSubscription,
    summary: 'Confirms a sign-up with the signed token from the confirmation email.',
    request: linkButtonRequest,
    example: { token: '<token from the email link>', locale: 'fr' },
    success: { status: 200, description: 'Confirmed.', schema: outcome('confirmed') },
    perAddress: true,
    formPage: 'the confirmation result page',
  }),
  unsubscribe: endpoint({
    path: apiPaths.unsubscribe,
    summary:
      'Leaves the list at once. RFC 8058 one-click: `List-Unsubscribe=One-Click` posted to the URL carrying ' +
      '`?token=`; or the token in the body.',
    request: unsubscribeRequest,
    example: { token: '<token from the email link>', locale: 'fr' },
    // RFC 8058 one-click: a mail client posts only `List-Unsubscribe=One-Click`, to the link itself.
    query: [{ name: 'token', description: 'The link’s token, when the body carries none.', maxLength: 512 }],
    success: { status: 200, description: 'Unsubscribed.', schema: outcome('unsubscribed') },
    perAddress: false,
    formPage: 'the unsubscribe result page',
  }),
  eraseSubscription: endpoint({
    path: apiPaths.eraseSubscription,
    summary: 'Deletes the subscriber’s data (GDPR erasure), proven by the same signed token.',
    request: linkButtonRequest,
    example: { token: '<token from the email link>', locale: 'fr' },
    success: { status: 200, description: 'Erased.', schema: outcome('erased') },
    perAddress: true,
    formPage: 'the erasure result page',
  }),
  submitPractice: endpoint({
    path: apiPaths.practiceSubmissions,
    summary:
      'Proposes a practice for the WP7 repository: kept for moderation, public only once an editor publishes it. ' +
      'The submitter and the editors are told by email. `website` is a honeypot: leave it empty.',
    request: practiceSubmission,
    example: {
      locale: 'en',
      title: 'Peer mentoring before release',
      country: 'PT',
      setting: ['prison', 'probation'],
      targetGroup: 'Adults in the last six months of a sentence',
      approach: 'Trained former prisoners meet each participant weekly and stay in touch after release.',
      contactName: 'A. Person',
      email: 'contact@example.org',
      consent: true,
    },
    success: {
      status: 202,
      description: 'Submitted for moderation.',
      schema: z.object({ result: z.literal('submitted') }),
    },
    perAddress: true,
    formPage: 'the form, with its thank-you or its problem',
  }),
  registerForTraining: endpoint({
    path: trainingPaths.registrations,
    summary:
      'Registers for an edition of the training course (a confirmation email follows; a full edition puts ' +
      'the person on its waiting list). The same answer for every address. `website` is a honeypot: leave it empty.',
    request: registrationRequest,
    example: {
      edition: 1,
      name: 'A. Person',
      email: 'participant@example.org',
      organisation: 'A probation service',
      country: 'PT',
      role: 'probation-officer',
      locale: 'pt',
      consent: true,
    },
    success: {
      status: 202,
      description: 'Accepted: a confirmation email is on its way.',
      schema: trainingOutcome('accepted'),
    },
    perAddress: true,
    formPage: 'the training result page',
  }),
  confirmTraining: endpoint({
    path: trainingPaths.confirm,
    summary: 'Confirms a registration with the signed token from its email: a seat, or a place on the waiting list.',
    request: linkButtonRequest,
    example: tokenExample,
    success: { status: 200, description: 'Confirmed.', schema: trainingOutcome('registered', 'waiting') },
    perAddress: true,
    formPage: 'the training result page',
  }),
  cancelTraining: endpoint({
    path: trainingPaths.cancel,
    summary: 'Cancels a registration; its seat goes to the first on the waiting list.',
    request: linkButtonRequest,
    example: tokenExample,
    success: { status: 200, description: 'Cancelled.', schema: trainingOutcome('cancelled') },
    perAddress: true,
    formPage: 'the training result page',
  }),
  eraseTraining: endpoint({
    path: trainingPaths.erase,
    summary: 'Deletes the participant’s data (GDPR erasure), proven by the signed token.',
    request: linkButtonRequest,
    example: tokenExample,
    success: { status: 200, description: 'Erased.', schema: trainingOutcome('erased') },
    perAddress: true,
    formPage: 'the training result page',
  }),
}

export type WriteEndpointName = keyof typeof writeEndpoints
