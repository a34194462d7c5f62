import { getTranslations } from 'next-intl/server'

import { getObjectives, getOutcomes, getProject } from '@/content/project'
import { Text } from '@sites/shared/components/Text'
import { anyUntranslated, definePage } from '@sites/shared/definePage'
import { formatDate } from '@sites/shared/format'

import { Statements } from '../components/Statements'

/** Factsheet (programme, grant, dates, coordinator), objectives and outcomes. */
export const aboutPage = definePage({
  site: 'wayout',
  path: '/about',
  load: async ({ reader, locale }) => {
    const [project, objectives, outcomes] = await Promise.all([
      getProject(reader, locale),
      getObjectives(reader, locale),
      getOutcomes(reader, locale),
    ])
    return { project, objectives, outcomes }
  },
  head: async (_data, { locale }) => ({ title: (await getTranslations({ locale, namespace: 'about' }))('title') }),
  untranslated: ({ project, objectives, outcomes }) =>
    project.fellBack.length > 0 || anyUntranslated(...objectives.docs, ...outcomes.docs),
  view: async ({ project, objectives, outcomes }, { locale }) => {
    const [t, home] = await Promise.all([
      getTranslations({ locale, namespace: 'about' }),
      getTranslations({ locale, namespace: 'home' }),
    ])
    const english = (field: string) => project.fellBack.includes(field)
    const coordinator = typeof project.coordinator === 'object' ? project.coordinator : null
    return (
      <>
        <h1>{t('title')}</h1>
        {project.summary && (
          <Text as="p" english={english('summary')} className="lead prose">
            {project.summary}
          </Text>
        )}
        <h2>{t('factsheet')}</h2>
        <dl className="facts">
          <dt>{t('fullTitle')}</dt>
          <Text as="dd" english={english('fullTitle')}>
            {project.fullTitle}
          </Text>
          <dt>{t('acronym')}</dt>
          <dd>{project.acronym}</dd>
          {project.funding?.programme && (
            <>
              <dt>{t('programme')}</dt>
              <Text as="dd" english={english('funding.programme')}>
                {project.funding.programme}
              </Text>
            </>
          )}
          {project.funding?.body && (
            <>
              <dt>{t('fundingBody')}</dt>
              <dd>{project.funding.body}</dd>
            </>
          )}
          <dt>{t('grant')}</dt>
          <dd>{project.funding?.grantNumber || <span className="meta">{t('notPublished')}</span>}</dd>
          <dt>{t('dates')}</dt>
          <dd>
            <time dateTime={project.timeframe.start}>{formatDate(locale, project.timeframe.start)}</time> –{' '}
            <time dateTime={project.timeframe.end}>{formatDate(locale, project.timeframe.end)}</time>
            {project.timeframe.note && (
              <Text as="p" english={english('timeframe.note')} className="meta">
                {project.timeframe.note}
              </Text>
            )}
          </dd>
          {coordinator && (
            <>
              <dt>{t('coordinator')}</dt>
              <dd>{coordinator.website ? <a href={coordinator.website}>{coordinator.name}</a> : coordinator.name}</dd>
            </>
          )}
        </dl>
        <Statements id="objectives" heading={home('objectives')} items={objectives.docs} numbered />
        <Statements id="outcomes" heading={home('outcomes')} items={outcomes.docs} />
      </>
    )
  },
})
