import { isLocale, locales, type Locale } from '@/i18n/locales'
import { messages, translator } from '@/i18n/messages'

import type { PublicWriteProblem } from './readBody'

/** A key of the `formErrors` messages: what a person is told about a refused form. */
export type FormErrorKey = keyof (typeof messages)['en']['formErrors']

const byCode: Record<string, FormErrorKey> = {
  too_large: 'tooLarge',
  unsupported_media_type: 'unreadable',
  invalid_encoding: 'unreadable',
  invalid_json: 'unreadable',
  invalid_body: 'unreadable',
  rate_limited: 'tooMany',
  server_error: 'serverError',
  database_unavailable: 'unavailable',
}

/** Which message a problem gets: the field's own, else one for its kind. */
export const problemKey = (problem: PublicWriteProblem, fieldMessages: Partial<Record<string, FormErrorKey>>) =>
  (problem.field ? fieldMessages[problem.field] : undefined) ?? byCode[problem.code] ?? 'invalid'

/**
 * The language to refuse a form in: the form's own `locale` when it could be read, else a
 * `?locale=` on the address (the widget posts from other origins, whose Referer has no path),
 * else the locale of the page it was posted from, else the browser's first language we speak.
 */
export const problemLocale = (request: Request, formLocale?: Locale): Locale => {
  if (formLocale) return formLocale
  const asked = new URL(request.url).searchParams.get('locale')
  if (isLocale(asked)) return asked
  const referer = request.headers.get('referer')
  const fromPage = referer && URL.canParse(referer) ? new URL(referer).pathname.split('/')[1] : undefined
  if (isLocale(fromPage)) return fromPage
  const accepted = (request.headers.get('accept-language') ?? '')
    .split(',')
    .map((range) => range.split(';')[0].trim().slice(0, 2).toLowerCase())
    .find(isLocale)
  return accepted ?? locales[0]
}

export const problemText = (locale: Locale, key: FormErrorKey) => translator(locale, 'formErrors')(key)

/** For a `reason` that came back in a URL: only our own keys are shown. */
export const isFormErrorKey = (value: unknown): value is FormErrorKey =>
  typeof value === 'string' && Object.hasOwn(messages.en.formErrors, value)
