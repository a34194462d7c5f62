import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { getReader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'

import { samePath } from '../alternates'
import { PageFrame } from '../components/PageFrame'

const titleOf = async () => `${(await getTranslations('errors'))('notFoundTitle')} · ${(await getReader()).site.name}`

/**
 * The 404 page's title, in the language of the URL. Next sends a 404 as a shell that scripts
 * then fill in: the head of the shell carries this title, and the page below renders it again
 * for the head the scripts build.
 */
export const notFoundMetadata = async (): Promise<Metadata> => ({ title: await titleOf() })

/** The 404 page of both sites, in the language of the URL. */
export const NotFound = async () => {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations('errors')
  const reader = await getReader()
  return (
    <PageFrame locale={locale} alternates={samePath(reader.site, '/')}>
      <title>{await titleOf()}</title>
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
