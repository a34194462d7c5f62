import { getTranslations } from 'next-intl/server'

import { countryCodes } from '@/fields/countries'
import { isFormErrorKey } from '@/public-forms/problemText'
import { definePage } from '@sites/shared/definePage'
import { countryName } from '@sites/shared/format'
import { queryValue } from '@sites/shared/urlValues'
import { FormProblem } from '@sites/shared/forms/FormProblem'

import { practiceSettings } from '@collections/Practices'
import { SubmitPracticeForm } from '../SubmitPracticeForm'
import { pageRoutes } from '@/plugins/site-cache/routes'

const keys = [
  'practiceTitle',
  'country',
  'chooseCountry',
  'setting',
  'targetGroup',
  'approach',
  'evidence',
  'contactName',
  'organisation',
  'email',
  'consent',
  'submit',
  'sending',
  'sent',
  'failed',
] as const

/** The public WP7 form: anyone may propose a practice; editors decide what is published. */
export const submitPracticePage = definePage({
  site: 'practices',
  path: '/practices/submit',
  route: pageRoutes.submitPractice,
  load: async ({ query }) => ({ sent: queryValue(query.sent), problem: queryValue(query.problem) }),
  head: async (_data, { locale }) => ({
    title: (await getTranslations({ locale, namespace: 'practiceSubmission' }))('title'),
  }),
  view: async ({ sent, problem }, { locale }) => {
    const [t, tp] = await Promise.all([
      getTranslations({ locale, namespace: 'practiceSubmission' }),
      getTranslations({ locale, namespace: 'practices' }),
    ])
    return (
      <>
        <h1>{t('title')}</h1>
        {sent ? (
          <p role="status" className="notice">
            {t('sent')}
          </p>
        ) : (
          <>
            {isFormErrorKey(problem) && <FormProblem reason={problem} />}
            <p>{t('intro')}</p>
            <SubmitPracticeForm
              locale={locale}
              countries={countryCodes
                .map((code) => ({ value: code, label: countryName(locale, code) ?? code }))
                .sort((a, b) => a.label.localeCompare(b.label, locale))}
              settings={practiceSettings.map((setting) => ({
                value: setting,
                label: tp('settingValue', { setting }),
              }))}
              strings={Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<(typeof keys)[number], string>}
            />
          </>
        )}
        <p>
          <a href={`/${locale}`}>{tp('back')}</a>
        </p>
      </>
    )
  },
})
