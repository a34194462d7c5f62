import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { listNewsletters } from '@/content/newsletters'
import { getReader } from '@/content/reader'
import { samePath } from '@sites/website/alternates'
import { anyUntranslated, PageFrame } from '@sites/website/components/PageFrame'
import { formatDate } from '@sites/website/format'
import { NewsletterSignUp } from '@sites/shared/forms/NewsletterSignUp'
import { pageMetadata } from '@sites/website/metadata'
import { openPage, type LocaleParams } from '@sites/website/page'

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'newsletters' })
  return pageMetadata({ locale, title: t('title'), alternates: samePath((await getReader()).site, '/newsletters') })
}

/** Every sent issue of the newsletter, newest first. */
export default async function NewslettersPage(props: LocaleParams) {
  const { locale, reader } = await openPage(props)
  const [t, issues] = await Promise.all([getTranslations('newsletters'), listNewsletters(reader, locale)])
  return (
    <PageFrame
      locale={locale}
      alternates={samePath(reader.site, '/newsletters')}
      current="/newsletters"
      untranslated={anyUntranslated(...issues.docs)}
    >
      <h1>{t('title')}</h1>
      {issues.docs.length ? (
        <ul>
          {issues.docs.map((issue) => (
            <li key={issue.id}>
              <a href={`/${locale}/newsletters/${issue.number}`}>
                {t('issue', { number: issue.number })}:{' '}
                <span lang={issue.fellBack.includes('title') ? 'en' : undefined}>{issue.title}</span>
              </a>
              {issue.sentAt && (
                <span className="meta"> – {t('sentOn', { date: formatDate(locale, issue.sentAt) })}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('none')}</p>
      )}
      <section aria-labelledby="subscribe-heading" id="subscribe">
        <h2 id="subscribe-heading">{t('subscribe')}</h2>
        <NewsletterSignUp locale={locale} />
      </section>
    </PageFrame>
  )
}
