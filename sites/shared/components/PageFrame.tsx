import type { ReactNode } from 'react'

import { getReader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'

import type { Alternates } from '../alternates'
import { LivePreviewRefresh } from './LivePreviewRefresh'
import { SiteHeader } from './SiteHeader'
import { TranslationNotice } from './TranslationNotice'

/**
 * Header and main landmark of every public page (see `definePage`): where the page lives in the
 * other languages (for the switcher) and whether any of its text is an English stand-in.
 */
export const PageFrame = async ({
  locale,
  alternates,
  current,
  untranslated = false,
  children,
}: {
  locale: Locale
  alternates: Alternates
  current?: string
  untranslated?: boolean
  children: ReactNode
}) => {
  const reader = await getReader()
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} current={current} />
      <main id="content" tabIndex={-1} className="wrap">
        <TranslationNotice show={untranslated} />
        {children}
      </main>
      {reader.draft && <LivePreviewRefresh serverURL={reader.origin} />}
    </>
  )
}
