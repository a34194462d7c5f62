import { getTranslations } from 'next-intl/server'

import { getProject } from '@/content/project'
import { getReader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'

import { notices } from '../pages/notices'
import { EuEmblem } from './EuEmblem'
import { Text } from './Text'

/** EU visibility (emblem, "Funded by the European Union", disclaimer) and the site's fixed links. */
export const SiteFooter = async ({ locale }: { locale: Locale }) => {
  const t = await getTranslations('site')
  const reader = await getReader()
  const project = await getProject(reader, locale)
  const href = (path: string) => `/${locale}${path}`
  const english = (field: string) => project.fellBack.includes(field)
  return (
    <footer className="site-footer">
      <div className="wrap">
        <div className="eu">
          <EuEmblem label={t('euEmblem')} />
          <div>
            <p>
              <strong>{t('fundedBy')}</strong>
            </p>
            {project.funding?.statement && (
              <Text as="p" english={english('funding.statement')}>
                {project.funding.statement}
              </Text>
            )}
          </div>
        </div>
        {project.funding?.disclaimer && (
          <Text as="p" english={english('funding.disclaimer')} className="meta">
            {project.funding.disclaimer}
          </Text>
        )}
        <nav aria-label={t('footerNavigation')}>
          <ul>
            {Object.entries(notices).map(([notice, page]) => (
              <li key={notice}>
                <a href={href(page.path)}>{t(notice)}</a>
              </li>
            ))}
            {reader.site.key === 'practices' ? (
              <li>
                <a href={`/${locale}`}>{t('home')}</a>
              </li>
            ) : (
              <>
                <li>
                  <a href={href('/newsletters')}>{t('newsletters')}</a>
                </li>
                <li>
                  <a href={href('/news/rss.xml')}>{t('rss')}</a>
                </li>
                <li>
                  <a href={href('/news/atom.xml')}>{t('atom')}</a>
                </li>
                <li>
                  <a href={href('/events/calendar.ics')}>{t('calendar')}</a>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </footer>
  )
}
