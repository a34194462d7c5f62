import { getTranslations } from 'next-intl/server'

import type { listDeliverables } from '@/content/catalogue'

type Row = Awaited<ReturnType<typeof listDeliverables>>[number]

/**
 * Deliverables with their download: PU files for everyone; SEN rows say "restricted to partners"
 * to the public, and link the file for a signed-in partner (the only reader who gets it).
 */
export const DeliverablesTable = async ({ rows, caption }: { rows: Row[]; caption: string }) => {
  const t = await getTranslations('deliverables')
  return (
    <table className="stack">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('code')}</th>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('type')}</th>
          <th scope="col">{t('level')}</th>
          <th scope="col">{t('due')}</th>
          <th scope="col">{t('download')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const file = typeof row.file === 'object' ? row.file : null
          return (
            <tr key={row.id}>
              <th scope="row">{row.code}</th>
              <td data-label={t('name')} lang={row.fellBack.includes('title') ? 'en' : undefined}>
                {row.title}
              </td>
              <td data-label={t('type')}>{t('typeValue', { type: row.type })}</td>
              <td data-label={t('level')}>{t('levelValue', { level: row.disseminationLevel })}</td>
              <td data-label={t('due')}>{row.dueMonth ?? '—'}</td>
              <td data-label={t('download')}>
                {row.restricted ? (
                  t('restricted')
                ) : file?.url ? (
                  <a href={file.url} download aria-label={t('downloadOf', { code: row.code })}>
                    {t('download')} (PDF)
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
