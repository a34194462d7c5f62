import { extension } from 'mime-types'
import { getTranslations } from 'next-intl/server'

import type { listDeliverables } from '@/content/catalogue'
import type { Locale } from '@/i18n/locales'
import { fileSize, formatDate, projectMonth } from '@sites/shared/format'

type Row = Awaited<ReturnType<typeof listDeliverables>>[number]

/** "PDF" from application/pdf; the stored name's extension when the type has none. */
const formatOf = (mimeType?: string | null, filename?: string | null) =>
  ((mimeType && extension(mimeType)) || filename?.split('.').pop() || '').toUpperCase()

/**
 * Deliverables with their DOI, due and delivery dates, and download (its format and size): PU
 * files for everyone; SEN rows say "restricted to partners" to the public, with nothing but
 * code, title and due month, and link the file for a signed-in partner (the only reader who gets it).
 * `projectStart` (the project's timeframe) turns a due month into the calendar month.
 */
export const DeliverablesTable = async ({
  rows,
  caption,
  locale,
  projectStart,
}: {
  rows: Row[]
  caption: string
  locale: Locale
  projectStart?: string | null
}) => {
  const t = await getTranslations({ locale, namespace: 'deliverables' })
  return (
    <table className="stack deliverables">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('code')}</th>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('type')}</th>
          <th scope="col">{t('level')}</th>
          <th scope="col">{t('due')}</th>
          <th scope="col">{t('delivered')}</th>
          <th scope="col">{t('doi')}</th>
          <th scope="col">{t('download')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const file = typeof row.file === 'object' ? row.file : null
          const format = file && formatOf(file.mimeType, file.filename)
          const details = file
            ? [format, file.filesize && fileSize(locale, file.filesize)].filter(Boolean).join(', ')
            : ''
          const doi = !row.restricted && row.doi
          return (
            <tr key={row.id}>
              <th scope="row">{row.code}</th>
              <td data-label={t('name')} lang={row.fellBack.includes('title') ? 'en' : undefined}>
                {row.title}
              </td>
              <td data-label={t('type')}>{t('typeValue', { type: row.type })}</td>
              <td data-label={t('level')}>{t('levelValue', { level: row.disseminationLevel })}</td>
              <td data-label={t('due')}>
                {row.dueMonth
                  ? projectStart
                    ? t('dueValue', { month: row.dueMonth, date: projectMonth(locale, projectStart, row.dueMonth) })
                    : t('dueMonth', { month: row.dueMonth })
                  : '—'}
              </td>
              <td data-label={t('delivered')}>
                {!row.restricted && row.deliveredDate ? (
                  <time dateTime={row.deliveredDate.slice(0, 10)}>{formatDate(locale, row.deliveredDate)}</time>
                ) : (
                  '—'
                )}
              </td>
              <td data-label={t('doi')}>
                {doi ? <a href={doi}>{doi.replace(/^https?:\/\/(dx\.)?doi\.org\//, '')}</a> : '—'}
              </td>
              <td data-label={t('download')}>
                {row.restricted ? (
                  t('restricted')
                ) : file?.url ? (
                  <a href={file.url} download aria-label={t('downloadOf', { code: row.code, details })}>
                    {t('download')} ({details})
                  </a>
                ) : (
                  <span className="meta">{t('notYet')}</span>
                )}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
