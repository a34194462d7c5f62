import '@sites/website/styles.css'

import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { CSSProperties, ReactNode } from 'react'

import { getReader } from '@/content/reader'
import { routing } from '@/i18n/routing'
import { SiteFooter } from '@sites/website/components/SiteFooter'

/** Every public page of both sites: the document, skip link, theme colours and the EU footer. */
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const reader = await getReader()
  if (!reader.site.languages.includes(locale)) notFound()
  const t = await getTranslations('site')
  const { errors } = await getMessages()
  const theme = {
    '--primary': reader.site.theme?.primary || undefined,
    '--accent': reader.site.theme?.accent || undefined,
  } as CSSProperties
  return (
    <html lang={locale}>
      <body style={theme}>
        <a className="skip-link" href="#content">
          {t('skipToContent')}
        </a>
        {/* Only the error page is a client component; it gets only its own strings. */}
        <NextIntlClientProvider messages={{ errors }}>{children}</NextIntlClientProvider>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
