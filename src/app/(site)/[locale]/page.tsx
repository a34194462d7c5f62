import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'

import { getProject } from '@/content/project'
import { getReader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'
import { PracticesHome } from '@sites/practices/PracticesHome'
import { samePath } from '@sites/website/alternates'
import { pageMetadata } from '@sites/website/metadata'
import { ProjectHome } from '@sites/website/sections/ProjectHome'
import { getTranslations } from 'next-intl/server'

type Props = {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const one = (value: string | string[] | undefined) =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : undefined

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const reader = await getReader()
  const title =
    reader.site.key === 'practices'
      ? (await getTranslations({ locale, namespace: 'practices' }))('title')
      : (await getProject(reader, locale)).fullTitle
  return pageMetadata({ locale, title, alternates: samePath(reader.site, '/') })
}

/** Each site's home page: the project website, or the practice repository with its filters. */
export default async function HomePage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const reader = await getReader()
  if (reader.site.key === 'practices') {
    const query = await searchParams
    const page = Number(one(query.page) ?? 1)
    return (
      <PracticesHome
        reader={reader}
        locale={locale}
        filters={{
          country: one(query.country),
          setting: one(query.setting),
          targetGroup: one(query.targetGroup),
          q: one(query.q),
          page: Number.isInteger(page) && page > 0 ? page : 1,
        }}
      />
    )
  }
  return <ProjectHome reader={reader} locale={locale} />
}
