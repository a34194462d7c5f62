import { getTranslations } from 'next-intl/server'

import type { Reader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'

import { samePath } from '../alternates'
import { PageFrame } from '../components/PageFrame'

export type Notice = 'accessibility' | 'privacy' | 'legal'

/** The accessibility statement, privacy notice and legal notice: fixed texts in every language. */
export const NoticePage = async ({ reader, locale, notice }: { reader: Reader; locale: Locale; notice: Notice }) => {
  const t = await getTranslations('legal')
  return (
    <PageFrame locale={locale} alternates={samePath(reader.site, `/${notice}`)}>
      <div className="prose">
        <h1>{t(`${notice}Title`)}</h1>
        <p>{t(`${notice}Text`)}</p>
      </div>
    </PageFrame>
  )
}

export const noticeTitle = async (locale: Locale, notice: Notice) =>
  (await getTranslations({ locale, namespace: 'legal' }))(`${notice}Title`)
