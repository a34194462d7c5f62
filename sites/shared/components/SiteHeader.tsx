import { getTranslations } from 'next-intl/server'

import { getReader } from '@/content/reader'
import { getSiteIn } from '@/content/site'
import type { Locale } from '@/i18n/locales'

import type { Alternates } from '../alternates'
import { LanguageSwitcher } from './LanguageSwitcher'

/**
 * Site name, main navigation (from the site's settings), search and the language switcher. On a
 * phone the last three fold into a <details> "Menu", so the header stays one line high without
 * any script; wide screens show them open (frame.css).
 */
export const SiteHeader = async ({
  locale,
  alternates,
  current,
}: {
  locale: Locale
  alternates: Alternates
  current?: string
}) => {
  const t = await getTranslations('site')
  const reader = await getReader()
  const site = await getSiteIn(reader, locale)
  const href = (path: string) => `/${locale}${path === '/' ? '' : path}`
  return (
    <header className="site-header">
      {reader.draft && (
        <p className="preview-banner">
          {t('previewBanner')} <a href="/next/exit-preview">{t('exitPreview')}</a>
        </p>
      )}
      <div className="wrap header-inner">
        <a className="brand" href={href('/')}>
          {site.name}
        </a>
        <details className="menu">
          <summary>{t('menu')}</summary>
          <div className="menu-panel">
            <nav className="site-nav" aria-label={t('mainNavigation')}>
              <ul>
                {(site.navigation ?? []).map((item) => (
                  <li key={item.path}>
                    <a href={href(item.path)} aria-current={current === item.path ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="header-tools">
              {reader.site.key !== 'practices' && (
                <form className="search-form" role="search" action={href('/search')} method="get">
                  <label className="visually-hidden" htmlFor="site-search">
                    {t('searchLabel')}
                  </label>
                  <input id="site-search" type="search" name="q" minLength={2} required />
                  <button type="submit">{t('search')}</button>
                </form>
              )}
              <LanguageSwitcher locale={locale} alternates={alternates} />
            </div>
          </div>
        </details>
      </div>
    </header>
  )
}
