import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { getObjectives, getOutcomes, getProject } from '@/content/project'
import { getReader } from '@/content/reader'
import type { Partner } from '@/payload-types'
import { samePath } from '@sites/website/alternates'
import { anyUntranslated, PageFrame } from '@sites/website/components/PageFrame'
import { Statements } from '@sites/website/components/Statements'
import { Text } from '@sites/website/components/Text'
import { formatDate } from '@sites/website/format'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'about' })
  return pageMetadata({ locale, title: t('title'), alternates: samePath((await getReader()).site, '/about') })
}

/** Factsheet (programme, grant, dates, coordinator), objectives and outcomes. */
export default async function AboutPage(props: LocaleParams) {
  const { locale, reader } = await openPage(props)
  const [t, home, project, objectives, outcomes] = await Promise.all([
    getTranslations('about'),
    getTranslations('home'),
    getProject(reader, locale),
    getObjectives(reader, locale),
    getOutcomes(reader, locale),
  ])
  const english = (field: string) => project.fellBack.includes(field)
  const coordinator = typeof project.coordinator === 'object' ? (project.coordinator as Partner | null) : null
  return (
    <PageFrame
      locale={locale}
      alternates={samePath(reader.site, '/about')}
      current="/about"
      untranslated={project.fellBack.length > 0 || anyUntranslated(...objectives.docs, ...outcomes.docs)}
    >
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
    </PageFrame>
  )
}
