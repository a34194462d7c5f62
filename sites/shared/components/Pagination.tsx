import { getTranslations } from 'next-intl/server'

/** Previous/next links; `href(page)` builds each page's URL (filters kept). */
export const Pagination = async ({
  page,
  pages,
  href,
}: {
  page: number
  pages: number
  href: (page: number) => string
}) => {
  if (pages < 2) return null
  const t = await getTranslations('pagination')
  return (
    <nav className="pagination" aria-label={t('label')}>
      <ul>
        {page > 1 && (
          <li>
            <a href={href(page - 1)} rel="prev">
              {t('previous')}
            </a>
          </li>
        )}
        <li aria-current="page">{t('page', { page, pages })}</li>
        {page < pages && (
          <li>
            <a href={href(page + 1)} rel="next">
              {t('next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
