import { isLocale, type Locale } from '@/i18n/locales'
import { wantsPage } from '@/public-write/formPost'
import type { FormErrorKey } from '@/public-write/problemText'

/**
 * How the newsletter's public endpoints answer: JSON to scripts (the website form, the widget),
 * and a redirect to a result page to a plain HTML form post (no JavaScript).
 */
export type Result = 'accepted' | 'confirmed' | 'unsubscribed' | 'erased' | 'invalid' | 'expired'

/** The one message every sign-up gets, whatever the address's state: no enumeration. */
export const acceptedMessage =
  'Thank you. If this address can be subscribed, a confirmation email is on its way: please click the link in it.'

const messages: Record<Result, string> = {
  accepted: acceptedMessage,
  confirmed: 'Your subscription is confirmed.',
  unsubscribed: 'You are unsubscribed.',
  erased: 'Your data has been deleted.',
  invalid: 'This link is not valid. Please use the link from the email exactly as it is.',
  expired: 'This link has expired. Please sign up again.',
}

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
  return Response.json(
    ok
      ? { result, message: messages[result] }
      : { error: { status: 400, code: `${result}_link`, message: messages[result] } },
    { status: result === 'accepted' ? 202 : ok ? 200 : 400, headers: { 'cache-control': 'no-store' } },
  )
}

/** Where a refused form posted without JavaScript is shown its problem, in its language. */
export const subscriptionProblemPage = (locale: Locale, reason: FormErrorKey) =>
  `/${locale}/subscription/done?result=problem&reason=${reason}`
