import { isLocale, type Locale } from '@/i18n/locales'
import { translator } from '@/i18n/messages'
import { wantsPage } from '@/public-forms/formPost'
import type { FormErrorKey } from '@/public-forms/problemText'

/**
 * How the training's public endpoints answer: JSON to scripts, a redirect to the result page to a
 * plain HTML form post (no JavaScript). `accepted` is the one answer every registration gets.
 */
export const trainingResults = [
  'accepted',
  'registered',
  'waiting',
  'cancelled',
  'erased',
  'invalid',
  'expired',
] as const

export type TrainingResult = (typeof trainingResults)[number]

export const isTrainingResult = (value: unknown): value is TrainingResult =>
  typeof value === 'string' && (trainingResults as readonly string[]).includes(value)

export const trainingAnswer = (request: Request, result: TrainingResult, locale: string | undefined) => {
  const language: Locale = isLocale(locale) ? locale : 'en'
  if (wantsPage(request))
    return new Response(null, {
      status: 303,
      headers: { location: `/${language}/training/done?result=${result}`, 'cache-control': 'no-store' },
    })
  const ok = result !== 'invalid' && result !== 'expired'
  const message = translator(language, 'training')(result)
  return Response.json(ok ? { result, message } : { error: { status: 400, code: `${result}_link`, message } }, {
    status: result === 'accepted' ? 202 : ok ? 200 : 400,
    headers: { 'cache-control': 'no-store' },
  })
}

/** Where a refused post without JavaScript is shown its problem, in its language. */
export const trainingProblemPage = (locale: Locale, reason: FormErrorKey) =>
  `/${locale}/training/done?result=problem&reason=${reason}`
