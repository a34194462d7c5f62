import { getLocale, getTranslations } from 'next-intl/server'

import { getReader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'
import { samePath } from '@sites/shared/alternates'
import { PageFrame } from '@sites/shared/components/PageFrame'

/** The 404 of an unknown certificate code: says so plainly, in the language of the URL. */
export const CertificateNotFound = async () => {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations('certificate')
  const reader = await getReader()
  return (
    <PageFrame locale={locale} alternates={samePath(reader.site, '/')}>
      <title>{t('unknownTitle')}</title>
      <h1>{t('unknownTitle')}</h1>
      <p>{t('unknown')}</p>
    </PageFrame>
  )
}
