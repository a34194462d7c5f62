import { getTranslations } from 'next-intl/server'

import { resultText, type Result } from '@/plugins/newsletter/routes/answers'
import { verifyToken } from '@/plugins/newsletter/subscribers/tokens'
import { apiPaths } from '@/plugins/public-api/paths'
import { isFormErrorKey } from '@/public-forms/problemText'
import { definePage, type PageContext } from '@sites/shared/definePage'
import { queryValue } from '@sites/shared/urlValues'

import { FormProblem } from '@sites/shared/forms/FormProblem'
import { pageRoutes } from '@/plugins/site-cache/routes'

const steps = ['confirm', 'unsubscribe', 'done'] as const
type Step = (typeof steps)[number]
const isStep = (value: string): value is Step => (steps as readonly string[]).includes(value)

const isResult = (value: unknown): value is Result => typeof value === 'string' && Object.hasOwn(resultText, value)

/**
 * The pages the newsletter's emails link to: confirm (one button), unsubscribe (one button, plus
 * deleting one's data) and the result of each. Buttons post plain HTML forms, so they work
 * without JavaScript; a link scanner fetching the page changes nothing.
 */
export const subscriptionPage = definePage({
  site: 'wayout',
  path: ({ step }: { step: string }) => `/subscription/${step}`,
  route: pageRoutes.subscription,
  section: '/newsletters',
  // Links with personal tokens: never in a search index.
  unindexed: 'private',
  load: async ({ params, query }: PageContext<{ step: string }>) =>
    isStep(params.step)
      ? {
          step: params.step,
          token: queryValue(query.token) ?? '',
          result: queryValue(query.result),
          reason: queryValue(query.reason),
          from: queryValue(query.from),
        }
      : null,
  head: async ({ step }, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'subscription' })
    return { title: step === 'unsubscribe' ? t('unsubscribeTitle') : t('confirmTitle') }
  },
  view: async ({ step, token, result, reason, from }, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'subscription' })
    const signUpAgain = (
      <p>
        <a href={`/${locale}#subscribe`}>{t('signUpAgain')}</a>
      </p>
    )
    const outcome = (shown: Result) => {
      const [title, text] = resultText[shown]
      return (
        <>
          <h1>{t(title)}</h1>
          <p>{t(text)}</p>
          {(shown === 'invalid' || shown === 'expired') && signUpAgain}
        </>
      )
    }

    if (step === 'done' && result === 'problem' && isFormErrorKey(reason))
      return (
        <>
          <FormProblem reason={reason} heading="h1" from={from === 'link' ? 'link' : 'form'} />
          {(from !== 'link' || reason === 'invalidLink') && signUpAgain}
        </>
      )
    if (step === 'done') return outcome(isResult(result) ? result : 'invalid')

    const verified = verifyToken(token, step === 'confirm' ? 'confirm' : 'unsubscribe')
    if (!verified.ok) return outcome(verified.problem)

    const form = (action: string, label: string) => (
      <form method="post" action={action}>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
        <button type="submit">{label}</button>
      </form>
    )
    if (step === 'confirm')
      return (
        <>
          <h1>{t('confirmTitle')}</h1>
          <p>{t('confirmText')}</p>
          {form(apiPaths.confirmSubscription, t('confirmButton'))}
        </>
      )
    return (
      <>
        <h1>{t('unsubscribeTitle')}</h1>
        <p>{t('unsubscribeText')}</p>
        {form(apiPaths.unsubscribe, t('unsubscribeButton'))}
        <h2>{t('eraseTitle')}</h2>
        <p>{t('eraseText')}</p>
        {form(apiPaths.eraseSubscription, t('eraseButton'))}
      </>
    )
  },
})
