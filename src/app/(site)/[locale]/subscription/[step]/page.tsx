import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { apiPaths } from '@/plugins/public-api/paths'
import { resultText, type Result } from '@/plugins/newsletter/routes/answers'
import { verifyToken } from '@/plugins/newsletter/subscribers/tokens'
import { isFormErrorKey } from '@/public-forms/problemText'
import { samePath } from '@sites/website/alternates'
import { FormProblem } from '@sites/shared/forms/FormProblem'
import { PageFrame } from '@sites/website/components/PageFrame'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'

type Props = LocaleParams<{ step: string }> & {
  searchParams: Promise<{ token?: string; result?: string; reason?: string; from?: string }>
}

const steps = ['confirm', 'unsubscribe', 'done'] as const
type Step = (typeof steps)[number]
const isStep = (value: string): value is Step => (steps as readonly string[]).includes(value)

const isResult = (value: unknown): value is Result => typeof value === 'string' && Object.hasOwn(resultText, value)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, step } = await params
  const t = await getTranslations({ locale, namespace: 'subscription' })
  const title = step === 'unsubscribe' ? t('unsubscribeTitle') : t('confirmTitle')
  // Links with personal tokens: never in a search index.
  return { ...(await pageMetadata({ locale, title, alternates: {} })), robots: { index: false, follow: false } }
}

/**
 * The pages the newsletter's emails link to: confirm (one button), unsubscribe (one button, plus
 * deleting one's data) and the result of each. Buttons post plain HTML forms, so they work
 * without JavaScript; a link scanner fetching the page changes nothing.
 */
export default async function SubscriptionStepPage(props: Props) {
  const { locale, reader, step } = await openPage(props)
  if (!isStep(step)) notFound()
  const { token = '', result, reason, from } = await props.searchParams
  const t = await getTranslations('subscription')
  const alternates = samePath(reader.site, `/subscription/${step}`)

  const frame = (children: React.ReactNode) => (
    <PageFrame locale={locale} alternates={alternates} current="/newsletters">
      {children}
    </PageFrame>
  )
  const outcome = (shown: Result) => {
    const [title, text] = resultText[shown]
    return frame(
      <>
        <h1>{t(title)}</h1>
        <p>{t(text)}</p>
        {(shown === 'invalid' || shown === 'expired') && (
          <p>
            <a href={`/${locale}#subscribe`}>{t('signUpAgain')}</a>
          </p>
        )}
      </>,
    )
  }

  if (step === 'done' && result === 'problem' && isFormErrorKey(reason))
    return frame(
      <>
        <FormProblem reason={reason} heading="h1" from={from === 'link' ? 'link' : 'form'} />
        {(from !== 'link' || reason === 'invalidLink') && (
          <p>
            <a href={`/${locale}#subscribe`}>{t('signUpAgain')}</a>
          </p>
        )}
      </>,
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
    return frame(
      <>
        <h1>{t('confirmTitle')}</h1>
        <p>{t('confirmText')}</p>
        {form(apiPaths.confirmSubscription, t('confirmButton'))}
      </>,
    )
  return frame(
    <>
      <h1>{t('unsubscribeTitle')}</h1>
      <p>{t('unsubscribeText')}</p>
      {form(apiPaths.unsubscribe, t('unsubscribeButton'))}
      <h2>{t('eraseTitle')}</h2>
      <p>{t('eraseText')}</p>
      {form(apiPaths.eraseSubscription, t('eraseButton'))}
    </>,
  )
}
