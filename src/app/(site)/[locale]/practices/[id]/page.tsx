import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { getPractice } from '@/content/practices'
import { getReader } from '@/content/reader'
import { samePath } from '@sites/website/alternates'
import { PageFrame } from '@sites/website/components/PageFrame'
import { Text } from '@sites/website/components/Text'
import { countryName } from '@sites/website/format'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, wholeNumber, type LocaleParams } from '@sites/website/page'

type Props = LocaleParams<{ id: string }>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params
  const reader = await getReader()
  const practice =
    wholeNumber(id) && reader.site.key === 'practices' && (await getPractice(reader, locale, wholeNumber(id)!))
  if (!practice) return {}
  return pageMetadata({
    locale,
    title: practice.title,
    description: practice.approach.slice(0, 200),
    alternates: samePath(reader.site, `/practices/${practice.id}`),
  })
}

/** One published practice. The submitter's name and email stay private; the organisation is shown. */
export default async function PracticePage(props: Props) {
  const { locale, reader, id } = await openPage(props, 'practices')
  const practiceId = wholeNumber(id)
  const practice = practiceId ? await getPractice(reader, locale, practiceId) : null
  if (!practice) notFound()
  const t = await getTranslations('practices')
  const english = (field: string) => practice.fellBack.includes(field as never)
  return (
    <PageFrame
      locale={locale}
      alternates={samePath(reader.site, `/practices/${practice.id}`)}
      current="/"
      untranslated={practice.fellBack.length > 0}
    >
      <p>
        <a href={`/${locale}`}>{t('back')}</a>
      </p>
      <Text as="h1" english={english('title')}>
        {practice.title}
      </Text>
      <dl className="facts">
        <dt>{t('country')}</dt>
        <dd>{countryName(locale, practice.country)}</dd>
        <dt>{t('setting')}</dt>
        <dd>{practice.setting.map((setting) => t('settingValue', { setting })).join(', ')}</dd>
        <dt>{t('targetGroup')}</dt>
        <Text as="dd" english={english('targetGroup')}>
          {practice.targetGroup}
        </Text>
        {practice.contact?.organisation && (
          <>
            <dt>{t('contact')}</dt>
            <dd>{practice.contact.organisation}</dd>
          </>
        )}
      </dl>
      <h2>{t('approach')}</h2>
      <Text as="p" english={english('approach')} className="prose">
        {practice.approach}
      </Text>
      {practice.evidence && (
        <>
          <h2>{t('evidence')}</h2>
          <Text as="p" english={english('evidence')} className="prose">
            {practice.evidence}
          </Text>
        </>
      )}
    </PageFrame>
  )
}
