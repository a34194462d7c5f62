import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { consentVersion, consentWording } from '@/plugins/newsletter/subscribers/consent'

import { SubscribeForm } from './SubscribeForm'

/** The sign-up form with its strings in the page's language, and the privacy notice beside it. */
export async function NewsletterSignUp({ locale }: { locale: Locale }) {
  const t = await getTranslations('subscription')
  return (
    <>
      <p>{t('formIntro')}</p>
      <SubscribeForm
        locale={locale}
        consentVersion={consentVersion}
        strings={{
          email: t('email'),
          consent: consentWording[locale],
          submit: t('submit'),
          sending: t('sending'),
          accepted: t('accepted'),
          failed: t('failed'),
        }}
      />
      <p className="meta">
        <a href={`/${locale}/privacy`}>{t('privacy')}</a>
      </p>
    </>
  )
}
