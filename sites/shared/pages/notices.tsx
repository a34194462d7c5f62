import { getTranslations } from 'next-intl/server'

import type { Notice } from '@/plugins/legal-pages/notices'
import { documentTag } from '@/plugins/site-cache/tags'

import { definePage } from '../definePage'
import { editorPageHead, EditorPageView, loadEditorPage } from './editorPage'

/**
 * The accessibility statement, privacy notice and legal notice, on both sites, in every
 * language: the editors' page of that slug (seeded by src/seed, src/seed/legalPages.ts). Before
 * one is published, the short fixed text stands in, so a site never lacks its notices.
 */
type Found = { page: Awaited<ReturnType<typeof loadEditorPage>> }

const noticePage = (notice: Notice) =>
  definePage<object, Found, string>({
    site: 'any',
    path: `/${notice}`,
    // Any page on this site: one with the notice's slug is shown here, and a new one may take the slug.
    tags: (found) => (found.page ? [documentTag('pages', found.page.id)] : ['pages']),
    load: async ({ reader, locale }) => ({ page: await loadEditorPage(reader, locale, notice) }),
    // The page's slug in this language, when an editor gave it another one there.
    redirect: ({ page }, { locale }) => (page && page.canonical !== notice ? `/${locale}/${page.canonical}` : null),
    head: async ({ page }, { locale }) =>
      page
        ? editorPageHead(page)
        : { title: (await getTranslations({ locale, namespace: 'legal' }))(`${notice}Title`) },
    untranslated: ({ page }) => Boolean(page?.page.fellBack.length),
    view: async ({ page }, { locale }) => {
      if (page) return <EditorPageView page={page.page} />
      const t = await getTranslations({ locale, namespace: 'legal' })
      return (
        <div className="prose">
          <h1>{t(`${notice}Title`)}</h1>
          <p>{t(`${notice}Text`)}</p>
        </div>
      )
    },
  })

/** In the order the footer links them. */
export const notices = {
  accessibility: noticePage('accessibility'),
  privacy: noticePage('privacy'),
  legal: noticePage('legal'),
} satisfies Record<Notice, unknown>
