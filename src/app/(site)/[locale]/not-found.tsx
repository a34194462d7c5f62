import { getLocale, getTranslations } from 'next-intl/server'

import { getReader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'
import { samePath } from '@sites/website/alternates'
import { PageFrame } from '@sites/website/components/PageFrame'

/** The 404 page, in the language of the URL. */
export default async function NotFound() {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations('errors')
  const reader = await getReader()
  return (
    <PageFrame locale={locale} alternates={samePath(reader.site, '/')}>
      <title>{t('notFoundTitle')}</title>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <p>
        <a href={`/${locale}`}>{t('goHome')}</a>
      </p>
    </PageFrame>
  )
}
