import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { getReader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'

import { samePath } from '../alternates'
import { PageFrame } from '../components/PageFrame'

const titleOf = async (title?: string) =>
  `${title ?? (await getTranslations('errors'))('notFoundTitle')} · ${(await getReader()).site.name}`

/** What a page type says when it has nothing at an address (an unknown certificate code). */
export type NotFoundWords = { title: string; text: string }

/**
 * The 404 page's title, in the language of the URL, for Next's not-found page (a locale the site
 * does not have). A page that finds nothing renders `NotFound` itself instead (definePage): Next
 * would send a shell only its scripts fill in, and the public pages go out without them.
 */
export const notFoundMetadata = async (): Promise<Metadata> => ({ title: await titleOf() })

/**
 * The 404 page of both sites, in the language of the URL, with its title and `noindex` (hoisted
 * into the head). `data-not-found` has the front server send it as a 404 (src/server/publicPageScripts.ts).
 */
export const NotFound = async ({ words }: { words?: NotFoundWords }) => {
  const locale = (await getLocale()) as Locale
  const t = await getTranslations('errors')
  const reader = await getReader()
  return (
    <PageFrame locale={locale} alternates={samePath(reader.site, '/')}>
      <title>{await titleOf(words?.title)}</title>
      <meta name="robots" content="noindex" />
      <h1 data-not-found="">{words?.title ?? t('notFoundTitle')}</h1>
      <p>{words?.text ?? t('notFoundText')}</p>
      <p>
        <a className="button" href={`/${locale}`}>
          {t('goHome')}
        </a>
      </p>
    </PageFrame>
  )
}
