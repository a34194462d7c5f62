import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { getPage } from '@/content/pages'
import { getReader } from '@/content/reader'
import { findBySlug } from '@/content/slugs'
import type { Locale } from '@/i18n/locales'
import { perLocale } from '@sites/website/alternates'
import { PageFrame } from '@sites/website/components/PageFrame'
import { Prose } from '@sites/website/components/Prose'
import { Text } from '@sites/website/components/Text'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'

type Props = LocaleParams<{ rest: string[] }>

/** Editors' pages live at `/{locale}/{slug}`; any other unknown path is this locale's 404. */
const load = async (locale: Locale, rest: string[]) => {
  if (rest.length !== 1) return null
  const reader = await getReader()
  const found = await findBySlug(reader, 'pages', locale, decodeURIComponent(rest[0]))
  const page = found && (await getPage(reader, locale, found.id))
  return page && { ...found, page, reader }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, rest } = await params
  const found = await load(locale, rest)
  if (!found) return {}
  return pageMetadata({
    locale,
    title: found.page.title,
    description: found.page.summary,
    alternates: perLocale(found.reader.site, (code) => `/${found.slugs[code]}`),
  })
}

export default async function EditorPage(props: Props) {
  const { locale, reader, rest } = await openPage(props, 'any')
  const found = await load(locale, rest)
  if (!found) notFound()
  const { page, canonical, slugs } = found
  if (canonical !== decodeURIComponent(rest[0])) redirect(`/${locale}/${canonical}`)
  return (
    <PageFrame
      locale={locale}
      alternates={perLocale(reader.site, (code) => `/${slugs[code]}`)}
      untranslated={page.fellBack.length > 0}
    >
      <Text as="h1" english={page.fellBack.includes('title')}>
        {page.title}
      </Text>
      {page.summary && (
        <Text as="p" english={page.fellBack.includes('summary')} className="lead prose">
          {page.summary}
        </Text>
      )}
      <Prose data={page.body} english={page.fellBack.includes('body')} />
    </PageFrame>
  )
}
