import { getPage } from '@/content/pages'
import type { Reader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'
import { documentTag } from '@/plugins/site-cache/tags'

import { Prose } from '../components/Prose'
import { Text } from '../components/Text'
import { definePage, type PageContext } from '../definePage'
import { withMeta } from '../metadata'
import { findBySlugIn, slugAddress } from '../slugAddress'

type EditorPage = NonNullable<Awaited<ReturnType<typeof getPage>>>

/** The editors' page a slug names on this site, in `locale`, with its slugs; null when there is none. */
export const loadEditorPage = async (reader: Reader, locale: Locale, slug: string) => {
  const found = await findBySlugIn(reader, 'pages', locale, slug)
  const page = found && (await getPage(reader, locale, found.id))
  return page && { ...found, page }
}

export const editorPageHead = ({ page }: { page: EditorPage }) =>
  withMeta(page.meta, { title: page.title, description: page.summary })

/** An editors' page as the sites show it: title, lead and body, each marked when shown in English. */
export const EditorPageView = ({ page }: { page: EditorPage }) => (
  <>
    <Text as="h1" english={page.fellBack.includes('title')}>
      {page.title}
    </Text>
    {page.summary && (
      <Text as="p" english={page.fellBack.includes('summary')} className="lead prose">
        {page.summary}
      </Text>
    )}
    <Prose data={page.body} english={page.fellBack.includes('body')} />
  </>
)

/** Editors' pages live at `/{locale}/{slug}` on either site; any other unknown path is this locale's 404. */
export const editorPage = definePage({
  site: 'any',
  ...slugAddress(''),
  tags: ({ id }) => [documentTag('pages', id)],
  load: async ({ reader, locale, params }: PageContext<{ rest: string[] }>) =>
    params.rest.length === 1 ? loadEditorPage(reader, locale, params.rest[0]) : null,
  head: editorPageHead,
  untranslated: ({ page }) => page.fellBack.length > 0,
  view: ({ page }) => <EditorPageView page={page} />,
})
