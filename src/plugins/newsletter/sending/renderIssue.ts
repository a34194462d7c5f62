import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { renderEmail, type EmailBlock } from '@/mail/layout'
import { fundingStatement, mailText } from '@/mail/text'
import type { News, Newsletter } from '@/payload-types'

import { subscriptionLinks } from '../links'

/** Stands in for each subscriber's own unsubscribe link; HTML escaping leaves it intact. */
export const unsubscribePlaceholder = '__WAYOUT_UNSUBSCRIBE_URL__'

export type RenderedIssue = { subject: string; html: string; text: string }

/**
 * One newsletter issue as an email in one language: title, intro, the chosen news (published
 * ones, in the editors' order), the archive link, the unsubscribe link and the EU statement.
 */
export const renderIssue = async (
  payload: Payload,
  newsletterId: Newsletter['id'] | string,
  locale: Locale,
  origin: string,
): Promise<RenderedIssue> => {
  const issue = await payload.findByID({ collection: 'newsletters', id: newsletterId, locale, depth: 0 })
  const t = mailText(locale)
  const links = subscriptionLinks(origin, locale)
  const newsIds = (issue.news ?? []).map((item) => (typeof item === 'object' ? item.id : item))
  const { docs: found } = newsIds.length
    ? await payload.find({
        collection: 'news',
        where: { and: [{ id: { in: newsIds } }, { _status: { equals: 'published' } }] },
        locale,
        depth: 0,
        pagination: false,
      })
    : { docs: [] as News[] }
  const news = newsIds.flatMap((id) => found.filter((item) => item.id === id))
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Paris' })

  const blocks: EmailBlock[] = []
  if (issue.intro)
    blocks.push({
      kind: 'html',
      html: convertLexicalToHTML({ data: issue.intro, disableContainer: true }),
      text: convertLexicalToPlaintext({ data: issue.intro }),
    })
  if (news.length)
    blocks.push({
      kind: 'items',
      heading: t('inThisIssue'),
      items: news.map((item) => ({
        title: item.title,
        url: `${origin}/${locale}/news/${item.slug}`,
        summary: item.summary ?? undefined,
        meta: item.publishedAt ? dateFormat.format(new Date(item.publishedAt)) : undefined,
      })),
    })
  const title = issue.title
  const { html, text } = renderEmail({
    lang: locale,
    title,
    preheader: t('issue', { number: issue.number }),
    blocks,
    funding: await fundingStatement(payload, locale),
    footer: [
      { text: t('onlineText'), url: links.archive(issue.number), label: t('onlineLabel') },
      { text: t('unsubscribeText'), url: unsubscribePlaceholder, label: t('unsubscribeLabel') },
    ],
  })
  return { subject: issue.subject || title, html, text }
}

/** The issue for one subscriber: their own unsubscribe link in the body. */
export const personalise = (issue: RenderedIssue, unsubscribePage: string) => ({
  subject: issue.subject,
  html: issue.html.replaceAll(unsubscribePlaceholder, unsubscribePage),
  text: issue.text.replaceAll(unsubscribePlaceholder, unsubscribePage),
})
