import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { listWorkPackages } from '@/content/catalogue'
import { getReader } from '@/content/reader'
import type { Partner } from '@/payload-types'
import { samePath } from '@sites/website/alternates'
import { anyUntranslated, PageFrame } from '@sites/website/components/PageFrame'
import { Text } from '@sites/website/components/Text'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'workPackages' })
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    alternates: samePath((await getReader()).site, '/work-packages'),
  })
}

export default async function WorkPackagesPage(props: LocaleParams) {
  const { locale, reader } = await openPage(props)
  const [t, workPackages] = await Promise.all([getTranslations('workPackages'), listWorkPackages(reader, locale)])
  return (
    <PageFrame
      locale={locale}
      alternates={samePath(reader.site, '/work-packages')}
      current="/work-packages"
      untranslated={anyUntranslated(...workPackages.docs)}
    >
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ul className="grid">
        {workPackages.docs.map((wp) => (
          <li key={wp.id} className="card">
            <h2>
              <a href={`/${locale}/work-packages/${wp.number}`}>
                WP{wp.number} – <span lang={wp.fellBack.includes('title') ? 'en' : undefined}>{wp.title}</span>
              </a>
            </h2>
            <p className="meta">
              {t('lead')}: {(wp.lead as Partner).shortName}
              {wp.durationMonths ? ` · ${t('months', { count: wp.durationMonths })}` : ''}
            </p>
            {wp.description && (
              <Text as="p" english={wp.fellBack.includes('description')}>
                {wp.description}
              </Text>
            )}
          </li>
        ))}
      </ul>
    </PageFrame>
  )
}
