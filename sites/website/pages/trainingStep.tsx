import { getTranslations } from 'next-intl/server'

import { pageRoutes } from '@/plugins/site-cache/routes'
import { isTrainingResult, type TrainingResult } from '@/plugins/training/routes/answers'
import { trainingPaths } from '@/plugins/training/paths'
import { verifyConfirmToken, verifyParticipantToken } from '@/plugins/training/registration/tokens'
import { isFormErrorKey } from '@/public-forms/problemText'
import { definePage, type PageContext } from '@sites/shared/definePage'
import { FormProblem } from '@sites/shared/forms/FormProblem'
import { queryValue } from '@sites/shared/urlValues'

import { ParticipantDetails } from './trainingParticipant'
import './training.css'

const steps = ['confirm', 'participant', 'done'] as const
type Step = (typeof steps)[number]
const isStep = (value: string): value is Step => (steps as readonly string[]).includes(value)

/**
 * The pages training emails link to: confirm (one button), the participant's own page (their
 * registration, the joining link once seated, the cancel button) and the result of each. Buttons
 * post plain HTML forms, so they work without JavaScript; a link scanner fetching a page changes nothing.
 */
export const trainingStepPage = definePage({
  site: 'wayout',
  path: ({ step }: { step: string }) => `/training/${step}`,
  route: pageRoutes.trainingStep,
  section: '/training',
  // Links with personal tokens: never in a search index.
  unindexed: 'private',
  load: async ({ params, query }: PageContext<{ step: string }>) =>
    isStep(params.step)
      ? {
          step: params.step,
          token: queryValue(query.token) ?? '',
          result: queryValue(query.result),
          reason: queryValue(query.reason),
        }
      : null,
  head: async ({ step }, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'training' })
    return { title: step === 'participant' ? t('participantTitle') : t('confirmTitle') }
  },
  view: async ({ step, token, result, reason }, { locale, reader }) => {
    const t = await getTranslations({ locale, namespace: 'training' })
    const back = (
      <p>
        <a href={`/${locale}/training`}>{t('title')}</a>
      </p>
    )
    const outcome = (shown: TrainingResult) => (
      <>
        <h1>{t(`${shown}Title`)}</h1>
        <p>{t(shown)}</p>
        {back}
      </>
    )
    if (step === 'done' && result === 'problem' && isFormErrorKey(reason))
      return (
        <>
          <FormProblem reason={reason} heading="h1" from="form" />
          {back}
        </>
      )
    if (step === 'done') return outcome(isTrainingResult(result) ? result : 'invalid')

    const verified = step === 'confirm' ? verifyConfirmToken(token) : verifyParticipantToken(token)
    if (!verified.ok) return outcome(verified.problem)
    if (step === 'participant')
      return <ParticipantDetails locale={locale} payload={reader.payload} id={verified.registration} token={token} />
    return (
      <>
        <h1>{t('confirmTitle')}</h1>
        <p>{t('confirmText')}</p>
        <form method="post" action={trainingPaths.confirm}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t('confirmAction')}</button>
        </form>
      </>
    )
  },
})
