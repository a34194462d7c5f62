import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { listEvents } from '@/content/events'
import { getReader } from '@/content/reader'
import { siteOrigin } from '@/plugins/site-tenancy/resolveSite'
import { samePath } from '@sites/website/alternates'
import { EventList } from '@sites/website/components/EventList'
import { anyUntranslated, PageFrame } from '@sites/website/components/PageFrame'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'training' })
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('intro'),
    alternates: samePath((await getReader()).site, '/training'),
  })
}

/** The WP5 training course: its sessions (training events) and the call to practitioners. */
export default async function TrainingPage(props: LocaleParams) {
  const { locale, reader } = await openPage(props)
  const [t, home, sessions, practices] = await Promise.all([
    getTranslations('training'),
    getTranslations('home'),
    listEvents(reader, locale, 'all', { type: 'training' }),
    siteOrigin(reader.payload, 'practices'),
  ])
  return (
    <PageFrame
      locale={locale}
      alternates={samePath(reader.site, '/training')}
      current="/training"
      untranslated={anyUntranslated(...sessions.docs)}
    >
      <h1>{t('title')}</h1>
      <p className="lead prose">{t('intro')}</p>
      {sessions.docs.length ? <EventList locale={locale} items={sessions.docs} level={2} /> : <p>{t('none')}</p>}
      <section aria-labelledby="practitioners" className="notice">
        <h2 id="practitioners">{home('practitionersCall')}</h2>
        <p>{home('practitionersText')}</p>
        <p>
          <a href={`${practices}/${locale}`}>{home('practitionersLink')}</a>
        </p>
      </section>
    </PageFrame>
  )
}
