import { getLocale, getTranslations } from 'next-intl/server'

import { getReader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'

import { samePath } from '../alternates'
import { PageFrame } from '../components/PageFrame'

/** The 404 page of both sites, in the language of the URL. */
export const NotFound = async () => {
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
