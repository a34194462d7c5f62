import type { Payload } from 'payload'
import { z } from 'zod'

import type { Endpoint } from '@/public-forms/rateLimit'
import { publicWrite } from '@/public-forms/publicWrite'

import { answer, subscriptionProblemPage, type Result } from './answers'

/** What a button on an emailed link's page posts; also the OpenAPI document's request body. */
export const linkButtonRequest = z.object({ token: z.string().min(1).max(512), locale: z.string().max(5).optional() })

/**
 * The endpoint behind a button on a page the newsletter's emails link to: the signed token from
 * the email, and the page's locale for the answer. Limited per token as well as per IP.
 */
export const linkButton = (endpoint: Endpoint, act: (payload: Payload, token: string) => Promise<Result>) =>
  publicWrite({
    endpoint,
    schema: linkButtonRequest,
    maxBytes: 2 * 1024,
    fieldMessages: { token: 'invalidLink' },
    problemPage: subscriptionProblemPage('link'),
    addressOf: (data) => data.token,
    handle: async (data, { payload, request }) => answer(request, await act(payload, data.token), data.locale),
  })
