import type { Metadata } from 'next'

import { getReader } from '@/content/reader'
import { samePath } from '@sites/website/alternates'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'
import { NoticePage, noticeTitle } from '@sites/website/sections/NoticePage'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  return pageMetadata({
    locale,
    title: await noticeTitle(locale, 'accessibility'),
    alternates: samePath((await getReader()).site, '/accessibility'),
  })
}

export default async function AccessibilityPage(props: LocaleParams) {
  const { locale, reader } = await openPage(props, 'any')
  return <NoticePage reader={reader} locale={locale} notice="accessibility" />
}
