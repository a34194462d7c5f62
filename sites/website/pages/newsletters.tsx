import { getTranslations } from 'next-intl/server'

import { listNewsletters } from '@/content/newsletters'
import { anyUntranslated, definePage } from '@sites/shared/definePage'
import { formatDate } from '@sites/shared/format'

import { NewsletterSignUp } from '@sites/shared/forms/NewsletterSignUp'

/** Every sent issue of the newsletter, newest first, and the sign-up form. */
export const newslettersPage = definePage({
  site: 'wayout',
  path: '/newsletters',
  load: async ({ reader, locale }) => ({ issues: await listNewsletters(reader, locale) }),
  head: async (_data, { locale }) => ({
    title: (await getTranslations({ locale, namespace: 'newsletters' }))('title'),
  }),
  untranslated: ({ issues }) => anyUntranslated(...issues.docs),
  view: async ({ issues }, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'newsletters' })
    return (
      <>
        <h1>{t('title')}</h1>
        {issues.docs.length ? (
          <ul className="rows">
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
      </>
    )
  },
})
