'use client'

import { useLocale, useTranslations } from 'next-intl'

/** The 500 page, in the language of the URL; the layout's header and footer stay around it. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('errors')
  const locale = useLocale()
  return (
    <main id="content" className="wrap">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorText')}</p>
      <p>
        <button type="button" onClick={reset}>
          {t('retry')}
        </button>{' '}
        <a href={`/${locale}`}>{t('goHome')}</a>
      </p>
    </main>
  )
}
