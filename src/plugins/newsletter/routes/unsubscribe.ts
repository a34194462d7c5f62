import { z } from 'zod'

import { isLocale } from '@/i18n/locales'
import { publicWrite } from '@/public-forms/publicWrite'

import { unsubscribe } from '../subscribers/subscriptions'
import { answer, subscriptionProblemPage } from './answers'

/**
 * Leaving the list, at once and without signing in. RFC 8058: mail clients POST
 * `List-Unsubscribe=One-Click` to the `List-Unsubscribe` URL, which carries the token; the
 * unsubscribe page's button posts the token in the body.
 */
const tokenOf = (request: Request, data: { token?: string }) =>
  data.token ?? new URL(request.url).searchParams.get('token') ?? ''

/** The page's button (token in the body) or a mail client's one click (token in the URL); also in the OpenAPI document. */
export const unsubscribeRequest = z.object({
  token: z.string().max(512).optional(),
  'List-Unsubscribe': z.literal('One-Click').optional(),
  locale: z.string().max(5).optional(),
})

export const { POST, OPTIONS } = publicWrite({
  endpoint: 'unsubscribe',
  schema: unsubscribeRequest,
  maxBytes: 2 * 1024,
  fieldMessages: { token: 'invalidLink' },
  problemPage: subscriptionProblemPage('link'),
  handle: async (data, { payload, request }) => {
    const oneClick = data['List-Unsubscribe'] === 'One-Click'
    const outcome = await unsubscribe(
      payload,
      tokenOf(request, data),
      oneClick ? 'one-click unsubscribe (List-Unsubscribe-Post)' : 'unsubscribe page',
    )
    return answer(request, outcome, data.locale)
  },
})

/** Someone opening the List-Unsubscribe URL in a browser gets the page with its button, in their language. */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const locale = params.get('locale')
  const page = `/${isLocale(locale) ? locale : 'en'}/subscription/unsubscribe`
  return Response.redirect(new URL(`${page}?token=${encodeURIComponent(params.get('token') ?? '')}`, request.url), 303)
}
