import { getTranslations } from 'next-intl/server'

import { localeNames, locales, type Locale } from '@/i18n/locales'

import type { Alternates } from '../alternates'

/** Links to this same page in the site's other languages (per-locale slugs included). */
export const LanguageSwitcher = async ({ locale, alternates }: { locale: Locale; alternates: Alternates }) => {
  const t = await getTranslations('site')
  const available = locales.filter((code) => alternates[code])
  if (available.length < 2) return null
  return (
    <nav className="lang-switch" aria-label={t('chooseLanguage')}>
      <ul>
        {available.map((code) => (
          <li key={code}>
            <a href={alternates[code]} hrefLang={code} lang={code} aria-current={code === locale ? 'true' : undefined}>
              {localeNames[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
