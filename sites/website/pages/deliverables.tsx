import { getTranslations } from 'next-intl/server'

import { listDeliverables, listWorkPackages } from '@/content/catalogue'
import { getProject } from '@/content/project'
import { anyUntranslated, definePage } from '@sites/shared/definePage'

import { DeliverablesTable } from '../components/DeliverablesTable'

/** Every deliverable, one table per work package. */
export const deliverablesPage = definePage({
  site: 'wayout',
  path: '/deliverables',
  load: async ({ reader, locale }) => {
    const [deliverables, workPackages, project] = await Promise.all([
      listDeliverables(reader, locale),
      listWorkPackages(reader, locale),
      getProject(reader, locale),
    ])
    const groups = workPackages.docs
      .map((wp) => ({
        wp,
        rows: deliverables.filter(
          (row) => (typeof row.workPackage === 'object' ? row.workPackage.id : row.workPackage) === wp.id,
        ),
      }))
      .filter((group) => group.rows.length)
    return { deliverables, groups, projectStart: project.timeframe.start }
  },
  head: async (_data, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'deliverables' })
    return { title: t('title'), description: t('intro') }
  },
  untranslated: ({ deliverables }) => anyUntranslated(...deliverables),
  view: async ({ groups, projectStart }, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'deliverables' })
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        {groups.length ? (
          groups.map(({ wp, rows }) => (
            <DeliverablesTable
              key={wp.id}
              rows={rows}
              caption={`WP${wp.number} – ${wp.title}`}
              locale={locale}
              projectStart={projectStart}
            />
          ))
        ) : (
          <p>{t('none')}</p>
        )}
      </>
    )
  },
})
