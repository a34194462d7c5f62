import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { getWorkPackage, listDeliverables } from '@/content/catalogue'
import { getReader } from '@/content/reader'
import type { Partner } from '@/payload-types'
import { samePath } from '@sites/website/alternates'
import { DeliverablesTable } from '@sites/website/components/DeliverablesTable'
import { PageFrame } from '@sites/website/components/PageFrame'
import { Text } from '@sites/website/components/Text'
import { countryName } from '@sites/website/format'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, wholeNumber, type LocaleParams } from '@sites/website/page'

type Props = LocaleParams<{ number: string }>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, number } = await params
  const reader = await getReader()
  const wp = wholeNumber(number) && (await getWorkPackage(reader, locale, wholeNumber(number)!))
  if (!wp) return {}
  return pageMetadata({
    locale,
    title: `WP${wp.number} – ${wp.title}`,
    description: wp.description,
    alternates: samePath(reader.site, `/work-packages/${wp.number}`),
  })
}

/** One work package: lead partner, duration, country, description and its deliverables. */
export default async function WorkPackagePage(props: Props) {
  const { locale, reader, number } = await openPage(props)
  const wpNumber = wholeNumber(number)
  const wp = wpNumber ? await getWorkPackage(reader, locale, wpNumber) : null
  if (!wp) notFound()
  const [t, deliverables] = await Promise.all([
    getTranslations('workPackages'),
    listDeliverables(reader, locale, wp.id),
  ])
  const lead = wp.lead as Partner
  return (
    <PageFrame
      locale={locale}
      alternates={samePath(reader.site, `/work-packages/${wp.number}`)}
      current="/work-packages"
      untranslated={wp.fellBack.length > 0}
    >
      <h1>
        WP{wp.number} – <span lang={wp.fellBack.includes('title') ? 'en' : undefined}>{wp.title}</span>
      </h1>
      <dl className="facts">
        <dt>{t('lead')}</dt>
        <dd>{lead.website ? <a href={lead.website}>{lead.name}</a> : lead.name}</dd>
        {wp.durationMonths && (
          <>
            <dt>{t('duration')}</dt>
            <dd>{t('months', { count: wp.durationMonths })}</dd>
          </>
        )}
        {wp.country && (
          <>
            <dt>{t('country')}</dt>
            <dd>{countryName(locale, wp.country)}</dd>
          </>
        )}
      </dl>
      {wp.description && (
        <Text as="p" english={wp.fellBack.includes('description')} className="prose">
          {wp.description}
        </Text>
      )}
      <h2>{t('deliverables')}</h2>
      {deliverables.length ? (
        <DeliverablesTable rows={deliverables} caption={`WP${wp.number} – ${t('deliverables')}`} />
      ) : (
        <p>{t('noDeliverables')}</p>
      )}
    </PageFrame>
  )
}
