import { getTranslations } from 'next-intl/server'

import { listWorkPackages } from '@/content/catalogue'
import type { Partner } from '@/payload-types'
import { Text } from '@sites/shared/components/Text'
import { anyUntranslated, definePage } from '@sites/shared/definePage'

/** The work packages as cards: number, title, lead partner, duration and description. */
export const workPackagesPage = definePage({
  site: 'wayout',
  path: '/work-packages',
  load: async ({ reader, locale }) => ({ workPackages: await listWorkPackages(reader, locale) }),
  head: async (_data, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'workPackages' })
    return { title: t('title'), description: t('intro') }
  },
  untranslated: ({ workPackages }) => anyUntranslated(...workPackages.docs),
  view: async ({ workPackages }, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'workPackages' })
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <ul className="grid">
          {workPackages.docs.map((wp) => (
            <li key={wp.id} className="card">
              <h2>
                <a className="card-link" href={`/${locale}/work-packages/${wp.number}`}>
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
      </>
    )
  },
})
