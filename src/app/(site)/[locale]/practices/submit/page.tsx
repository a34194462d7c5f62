import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { getReader } from '@/content/reader'
import { countryCodes } from '@/fields/countries'
import { isFormErrorKey } from '@/public-forms/problemText'
import { samePath } from '@sites/website/alternates'
import { FormProblem } from '@sites/shared/forms/FormProblem'
import { PageFrame } from '@sites/website/components/PageFrame'
import { countryName } from '@sites/website/format'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'
import { SubmitPracticeForm } from '@sites/practices/SubmitPracticeForm'

import { practiceSettings } from '@collections/Practices'

type Props = LocaleParams & { searchParams: Promise<{ sent?: string; problem?: string }> }

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'practiceSubmission' })
  return pageMetadata({
    locale,
    title: t('title'),
    alternates: samePath((await getReader()).site, '/practices/submit'),
  })
}

/** The public WP7 form: anyone may propose a practice; editors decide what is published. */
export default async function SubmitPracticePage(props: Props) {
  const { locale, reader } = await openPage(props, 'practices')
  const { sent, problem } = await props.searchParams
  const [t, tp] = await Promise.all([getTranslations('practiceSubmission'), getTranslations('practices')])
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
  return (
    <PageFrame locale={locale} alternates={samePath(reader.site, '/practices/submit')} current="/practices/submit">
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
    </PageFrame>
  )
}
