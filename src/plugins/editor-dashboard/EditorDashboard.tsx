import { getTranslation } from '@payloadcms/translations'
import type { CollectionSlug, ServerProps } from 'payload'
import { stringify } from 'qs-esm'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { sendingTimeFormat } from '@/plugins/newsletter/admin/timeFormat'
import { languageLabels } from '@/plugins/translation-status/strings'
import { translationLocales } from '@/plugins/translation-status/missingLocales'

import { dashboardCounts, type Count } from './counts'
import { editorDashboardText } from './strings'

import './dashboard.css'

/**
 * The admin home's to-do list. Every number is counted with the signed-in user's access and
 * links to the list filtered to exactly what it counts; what the user may not read is left out.
 */
export const EditorDashboard = async ({ i18n, payload, user }: ServerProps) => {
  if (!user) return null
  const t = editorDashboardText(i18n.t)
  const admin = payload.config.routes.admin
  const language = isLocale(i18n.language) ? i18n.language : defaultLocale
  const counts = await dashboardCounts(payload, user)
  const listUrl = ({ collection, where }: Pick<Count, 'collection' | 'where'>) =>
    `${admin}/collections/${collection}?${stringify({ where })}`
  const pluralOf = (slug: CollectionSlug) => getTranslation(payload.collections[slug].config.labels.plural, i18n)
  const when = (iso: string) => new Intl.DateTimeFormat(i18n.language, sendingTimeFormat).format(new Date(iso))
  const last = counts.lastNewsletter
  const number = (count: Count) => <a href={listUrl(count)}>{count.count}</a>

  return (
    <section className="editor-dashboard" aria-labelledby="editor-dashboard-heading">
      <h2 id="editor-dashboard-heading">{t('editorDashboard:heading')}</h2>
      <dl className="editor-dashboard__figures">
        {counts.awaitingModeration && (
          <div>
            <dt>{t('editorDashboard:awaitingModeration')}</dt>
            <dd data-count="awaiting-moderation">{number(counts.awaitingModeration)}</dd>
          </div>
        )}
        {counts.scheduledNewsletters && (
          <div>
            <dt>{t('editorDashboard:scheduledNewsletters')}</dt>
            <dd data-count="scheduled-newsletters">{number(counts.scheduledNewsletters)}</dd>
          </div>
        )}
      </dl>

      {counts.missingTranslations.length > 0 && (
        <table className="editor-dashboard__translations">
          <caption>{t('editorDashboard:missingTranslations')}</caption>
          <thead>
            <tr>
              <td />
              {translationLocales.map((locale) => (
                <th key={locale} scope="col">
                  {t('editorDashboard:missingIn', { language: languageLabels[locale][language] })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {counts.missingTranslations.map(({ collection, byLocale }) => (
              <tr key={collection} data-collection={collection}>
                <th scope="row">{pluralOf(collection)}</th>
                {byLocale.map(({ locale, count }) => (
                  <td key={locale} data-locale={locale}>
                    {number(count)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t('editorDashboard:scheduledPublications')}</h3>
      {counts.scheduledPublications.length ? (
        <ul data-scheduled-publications>
          {counts.scheduledPublications.map((job) => (
            <li key={`${job.collection}-${job.id}-${job.publishAt}`}>
              <a href={`${admin}/collections/${job.collection}/${job.id}`}>
                {job.title ?? `${pluralOf(job.collection)} #${job.id}`}
              </a>
              {' — '}
              {t(job.type === 'publish' ? 'editorDashboard:publishOn' : 'editorDashboard:unpublishOn', {
                time: when(job.publishAt),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('editorDashboard:noneScheduled')}</p>
      )}

      {last ? (
        <>
          <h3>{t('editorDashboard:lastNewsletter', { title: last.title })}</h3>
          <dl className="editor-dashboard__figures" data-last-newsletter={last.id}>
            {(['deliveries', 'bounced', 'complained'] as const).map((key) => (
              <div key={key}>
                <dt>{t(`editorDashboard:${key}`)}</dt>
                <dd data-count={key}>{number(last[key])}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        counts.scheduledNewsletters && <p>{t('editorDashboard:noNewsletterSent')}</p>
      )}
    </section>
  )
}
