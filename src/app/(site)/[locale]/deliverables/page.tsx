import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { listDeliverables, listWorkPackages } from '@/content/catalogue'
import { getReader } from '@/content/reader'
import { samePath } from '@sites/website/alternates'
import { DeliverablesTable } from '@sites/website/components/DeliverablesTable'
import { anyUntranslated, PageFrame } from '@sites/website/components/PageFrame'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'deliverables' })
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    alternates: samePath((await getReader()).site, '/deliverables'),
  })
}

/** Every deliverable, one table per work package. */
export default async function DeliverablesPage(props: LocaleParams) {
  const { locale, reader } = await openPage(props)
  const [t, deliverables, workPackages] = await Promise.all([
    getTranslations('deliverables'),
    listDeliverables(reader, locale),
    listWorkPackages(reader, locale),
  ])
  const groups = workPackages.docs
    .map((wp) => ({
      wp,
      rows: deliverables.filter(
        (row) => (typeof row.workPackage === 'object' ? row.workPackage.id : row.workPackage) === wp.id,
      ),
    }))
    .filter((group) => group.rows.length)
  return (
    <PageFrame
      locale={locale}
      alternates={samePath(reader.site, '/deliverables')}
      current="/deliverables"
      untranslated={anyUntranslated(...deliverables)}
    >
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {groups.length ? (
        groups.map(({ wp, rows }) => (
          <DeliverablesTable key={wp.id} rows={rows} caption={`WP${wp.number} – ${wp.title}`} />
        ))
      ) : (
        <p>{t('none')}</p>
      )}
    </PageFrame>
  )
}
