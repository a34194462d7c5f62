import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { getNewsletter } from '@/content/newsletters'
import { getReader } from '@/content/reader'
import type { News } from '@/payload-types'
import { samePath } from '@sites/website/alternates'
import { NewsList } from '@sites/website/components/NewsList'
import { PageFrame } from '@sites/website/components/PageFrame'
import { Prose } from '@sites/website/components/Prose'
import { Text } from '@sites/website/components/Text'
import { formatDate } from '@sites/website/format'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, wholeNumber, type LocaleParams } from '@sites/website/page'

type Props = LocaleParams<{ number: string }>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, number } = await params
  const reader = await getReader()
  const issue = wholeNumber(number) && (await getNewsletter(reader, locale, wholeNumber(number)!))
  if (!issue) return {}
  return pageMetadata({ locale, title: issue.title, alternates: samePath(reader.site, `/newsletters/${issue.number}`) })
}

/** One sent issue as a web page: its introduction and the news it carried. */
export default async function NewsletterPage(props: Props) {
  const { locale, reader, number } = await openPage(props)
  const issueNumber = wholeNumber(number)
  const issue = issueNumber ? await getNewsletter(reader, locale, issueNumber) : null
  if (!issue) notFound()
  const t = await getTranslations('newsletters')
  const news = (issue.news ?? []).filter(
    (item): item is News => typeof item === 'object' && item !== null && item._status === 'published',
  )
  return (
    <PageFrame
      locale={locale}
      alternates={samePath(reader.site, `/newsletters/${issue.number}`)}
      current="/newsletters"
      untranslated={issue.fellBack.length > 0}
    >
      <p className="meta">{t('issue', { number: issue.number })}</p>
      <Text as="h1" english={issue.fellBack.includes('title')}>
        {issue.title}
      </Text>
      {issue.sentAt && <p className="meta">{t('sentOn', { date: formatDate(locale, issue.sentAt) })}</p>}
      <Prose data={issue.intro} english={issue.fellBack.includes('intro')} />
      {news.length > 0 && (
        <section aria-labelledby="in-this-issue">
          <h2 id="in-this-issue">{t('inThisIssue')}</h2>
          <NewsList locale={locale} items={news.map((item) => ({ ...item, fellBack: [] }))} />
        </section>
      )}
    </PageFrame>
  )
}
