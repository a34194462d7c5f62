import { getTranslations } from 'next-intl/server'

import { getNewsletter } from '@/content/newsletters'
import type { News } from '@/payload-types'
import { Prose } from '@sites/shared/components/Prose'
import { Text } from '@sites/shared/components/Text'
import { definePage, type PageContext } from '@sites/shared/definePage'
import { formatDate } from '@sites/shared/format'
import { wholeNumber } from '@sites/shared/urlValues'

import { NewsList } from '../components/NewsList'
import { documentTag } from '@/plugins/site-cache/tags'

/** One sent issue as a web page: its introduction and the news it carried. */
export const newsletterIssuePage = definePage({
  site: 'wayout',
  path: ({ number }: { number: number }) => `/newsletters/${number}`,
  section: '/newsletters',
  tags: (issue) => [documentTag('newsletters', issue.id)],
  load: async ({ reader, locale, params }: PageContext<{ number: string }>) => {
    const number = wholeNumber(params.number)
    return number ? getNewsletter(reader, locale, number) : null
  },
  head: (issue) => ({ title: issue.title }),
  untranslated: (issue) => issue.fellBack.length > 0,
  view: async (issue, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'newsletters' })
    const news = (issue.news ?? []).filter(
      (item): item is News => typeof item === 'object' && item !== null && item._status === 'published',
    )
    return (
      <>
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
      </>
    )
  },
})
