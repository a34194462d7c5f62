import './styles.css'

import type { Metadata } from 'next'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { CSSProperties, ReactNode } from 'react'

import { getReader } from '@/content/reader'
import { routing } from '@/i18n/routing'

import { SiteFooter } from './components/SiteFooter'

// A site's theme colours reach the stylesheet (styles.css) as these custom properties.
declare module 'react' {
  interface CSSProperties {
    '--primary'?: string
    '--accent'?: string
  }
}

/** Every public page's icon (public/favicon.svg) and web manifest (src/app/manifest.ts), the 404 included; each page adds its own title. */
export const siteMetadata: Metadata = {
  icons: { icon: [{ url: '/favicon.svg', type: 'image/svg+xml' }] },
  manifest: '/manifest.webmanifest',
}

/** Every public page of both sites: the document, skip link, theme colours and the EU footer. */
export const SiteLayout = async ({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) => {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const reader = await getReader()
  if (!reader.site.languages.includes(locale)) notFound()
  const t = await getTranslations('site')
  const { errors } = await getMessages()
  const theme: CSSProperties = {
    '--primary': reader.site.theme?.primary || undefined,
    '--accent': reader.site.theme?.accent || undefined,
  }
  return (
    <html lang={locale}>
      <body style={theme}>
        <a className="skip-link" href="#content">
          {t('skipToContent')}
        </a>
        {/* The forms get their strings as props; only the error page reads them here, so it gets only its own. */}
        <NextIntlClientProvider messages={{ errors }}>{children}</NextIntlClientProvider>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
