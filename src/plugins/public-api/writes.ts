/**
 * The public API's write endpoints (the newsletter and the practice form), as the OpenAPI
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

import { apiPaths } from './paths'

/** A newsletter outcome: the result and what to tell the reader, in the posted locale. */
const outcome = (result: Result) =>
  z.object({ result: z.literal(result), message: z.string().meta({ description: 'For people, in their language.' }) })

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
}

export type WriteEndpointName = keyof typeof writeEndpoints
