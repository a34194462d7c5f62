import { getPage } from '@/content/pages'
import { documentTag } from '@/plugins/site-cache/tags'

import { Prose } from '../components/Prose'
import { Text } from '../components/Text'
import { definePage, type PageContext } from '../definePage'
import { findBySlugIn, slugAddress } from '../slugAddress'

/** Editors' pages live at `/{locale}/{slug}` on either site; any other unknown path is this locale's 404. */
export const editorPage = definePage({
  site: 'any',
  ...slugAddress(''),
  tags: ({ id }) => [documentTag('pages', id)],
  load: async ({ reader, locale, params }: PageContext<{ rest: string[] }>) => {
    if (params.rest.length !== 1) return null
    const found = await findBySlugIn(reader, 'pages', locale, params.rest[0])
    const page = found && (await getPage(reader, locale, found.id))
    return page && { ...found, page }
  },
  head: ({ page }) => ({ title: page.title, description: page.summary }),
  untranslated: ({ page }) => page.fellBack.length > 0,
  view: ({ page }) => (
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
  ),
})
