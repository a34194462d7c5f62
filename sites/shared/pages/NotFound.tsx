import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { getReader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'

import { samePath } from '../alternates'
import { PageFrame } from '../components/PageFrame'

/** The 404 page's title, in the language of the URL, named by the site. */
export const notFoundMetadata = async (): Promise<Metadata> => {
  const t = await getTranslations('errors')
  const reader = await getReader()
  return { title: `${t('notFoundTitle')} · ${reader.site.name}` }
}

/** The 404 page of both sites, in the language of the URL. */
export const NotFound = async () => {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations('errors')
  const reader = await getReader()
  return (
    <PageFrame locale={locale} alternates={samePath(reader.site, '/')}>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <p>
        <a className="button" href={`/${locale}`}>
          {t('goHome')}
        </a>
      </p>
    </PageFrame>
  )
}
