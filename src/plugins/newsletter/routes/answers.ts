import { isLocale, type Locale } from '@/i18n/locales'
import { translator } from '@/i18n/messages'
import { wantsPage } from '@/public-forms/formPost'
import type { FormErrorKey } from '@/public-forms/problemText'

/**
 * How the newsletter's public endpoints answer: JSON to scripts (the website form, the widget),
 * and a redirect to a result page to a plain HTML form post (no JavaScript).
 */
export type Result = 'accepted' | 'confirmed' | 'unsubscribed' | 'erased' | 'invalid' | 'expired'

/**
 * Each outcome's heading and text in the `subscription` messages, for the result page and the
 * JSON answer alike. `accepted` is the one answer every sign-up gets, whatever the address's
 * state: no enumeration.
 */
export const resultText = {
  accepted: ['acceptedTitle', 'accepted'],
  confirmed: ['confirmedTitle', 'confirmedText'],
  unsubscribed: ['unsubscribedTitle', 'unsubscribedText'],
  erased: ['erasedTitle', 'erasedText'],
  invalid: ['invalidTitle', 'invalidText'],
  expired: ['expiredTitle', 'expiredText'],
} as const satisfies Record<Result, readonly [string, string]>

export const answer = (request: Request, result: Result, locale: Locale | string | undefined) => {
  if (wantsPage(request)) {
    const page = new URL(`/${isLocale(locale) ? locale : 'en'}/subscription/done`, request.url)
    page.searchParams.set('result', result)
    return new Response(null, {
      status: 303,
      headers: { location: page.pathname + page.search, 'cache-control': 'no-store' },
    })
  }
  const ok = result !== 'invalid' && result !== 'expired'
  const message = translator(isLocale(locale) ? locale : 'en', 'subscription')(resultText[result][1])
  return Response.json(ok ? { result, message } : { error: { status: 400, code: `${result}_link`, message } }, {
    status: result === 'accepted' ? 202 : ok ? 200 : 400,
    headers: { 'cache-control': 'no-store' },
  })
}

/**
 * Where a refused post without JavaScript is shown its problem, in its language: the sign-up
 * form's, or a button's on a page an emailed link opened (`from: 'link'`).
 */
export const subscriptionProblemPage = (from: 'form' | 'link') => (locale: Locale, reason: FormErrorKey) =>
  `/${locale}/subscription/done?result=problem&reason=${reason}${from === 'link' ? '&from=link' : ''}`
