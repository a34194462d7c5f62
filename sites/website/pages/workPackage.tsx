import { getTranslations } from 'next-intl/server'

import { getWorkPackage, listDeliverables } from '@/content/catalogue'
import { getProject } from '@/content/project'
import type { Partner } from '@/payload-types'
import { Text } from '@sites/shared/components/Text'
import { definePage, type PageContext } from '@sites/shared/definePage'
import { countryName } from '@sites/shared/format'
import { wholeNumber } from '@sites/shared/urlValues'

import { DeliverablesTable } from '../components/DeliverablesTable'
import { documentTag } from '@/plugins/site-cache/tags'
import { withMeta } from '@sites/shared/metadata'

/** One work package: lead partner, duration, country, description and its deliverables. */
export const workPackagePage = definePage({
  site: 'wayout',
  path: ({ number }: { number: number }) => `/work-packages/${number}`,
  section: '/work-packages',
  tags: (wp) => [documentTag('work-packages', wp.id)],
  load: async ({ reader, locale, params }: PageContext<{ number: string }>) => {
    const number = wholeNumber(params.number)
    return number ? getWorkPackage(reader, locale, number) : null
  },
  head: (wp) => withMeta(wp.meta, { title: `WP${wp.number} – ${wp.title}`, description: wp.description }),
  untranslated: (wp) => wp.fellBack.length > 0,
  view: async (wp, { reader, locale }) => {
    const [t, deliverables, project] = await Promise.all([
      getTranslations({ locale, namespace: 'workPackages' }),
      listDeliverables(reader, locale, wp.id),
      getProject(reader, locale),
    ])
    const lead = wp.lead as Partner
    return (
      <>
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
          <DeliverablesTable
            rows={deliverables}
            caption={`WP${wp.number} – ${t('deliverables')}`}
            locale={locale}
            projectStart={project.timeframe.start}
          />
        ) : (
          <p>{t('noDeliverables')}</p>
        )}
      </>
    )
  },
})
