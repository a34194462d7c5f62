import { Forbidden, type CollectionSlug, type Payload, type TypedUser, type Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { TaskSchedulePublish } from '@/payload-types'
import { localizedPaths } from '@/plugins/translation-status/localizedPaths'
import { translationLocales } from '@/plugins/translation-status/missingLocales'

/** A number on the dashboard and the list filter that shows exactly the documents it counts. */
export type Count = { count: number; collection: CollectionSlug; where: Where }

export type ScheduledPublication = {
  publishAt: string
  type: 'publish' | 'unpublish'
  collection: CollectionSlug
  id: number
  /** The document's title as the user reads it (every schedulable collection has one). */
  title?: string
}

export type DashboardCounts = {
  awaitingModeration: Count | null
  missingTranslations: { collection: CollectionSlug; byLocale: { locale: Locale; count: Count }[] }[]
  scheduledPublications: ScheduledPublication[]
  scheduledNewsletters: Count | null
  lastNewsletter: {
    id: number
    title: string
    sentAt: string | null | undefined
    deliveries: Count
    bounced: Count
    complained: Count
  } | null
}

/** What the signed-in user may not read is left out, never counted past their access. */
const readable = async <T>(read: () => Promise<T>): Promise<T | null> => {
  try {
    return await read()
  } catch (error) {
    if (error instanceof Forbidden) return null
    throw error
  }
}

const isScheduleInput = (input: unknown): input is TaskSchedulePublish['input'] =>
  typeof input === 'object' && input !== null && !Array.isArray(input) && 'doc' in input

/**
 * The editors' to-do list on the admin home, counted with the signed-in user's own access
 * (`overrideAccess: false`): practices awaiting moderation, what is not yet translated per
 * language, scheduled publications and newsletter sends, and how the last newsletter fared.
 */
export const dashboardCounts = async (
  payload: Payload,
  user: TypedUser,
  now = new Date(),
): Promise<DashboardCounts> => {
  const asUser = { user, overrideAccess: false } as const
  // As the admin's lists count: the latest version of each document, draft or not.
  const count = async (collection: CollectionSlug, where: Where): Promise<Count | null> =>
    readable(async () => {
      const { totalDocs } = await payload.find({ collection, where, draft: true, limit: 1, depth: 0, ...asUser })
      return { collection, where, count: totalDocs }
    })

  const awaitingModeration = await count('practices', { moderationStatus: { equals: 'submitted' } })

  const localised = payload.config.collections.filter((collection) => localizedPaths(collection.fields).length)
  const missingTranslations: DashboardCounts['missingTranslations'] = []
  for (const { slug } of localised) {
    const byLocale = await Promise.all(
      translationLocales.map(async (locale) => ({
        locale,
        count: await count(slug, { missingLocales: { in: [locale] } }),
      })),
    )
    const counted = byLocale.flatMap(({ locale, count }) => (count ? [{ locale, count }] : []))
    // Unreadable for one language is unreadable for all: the collection is left out.
    if (counted.length === byLocale.length) missingTranslations.push({ collection: slug, byLocale: counted })
  }

  // Payload's scheduled publishing keeps each one as a job waiting for its time. The queue is
  // Payload's own (no one reads it through the API): what is shown is each scheduled document
  // the user may read.
  const { docs: jobs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { waitUntil: { greater_than: now.toISOString() } },
      ],
    },
    sort: 'waitUntil',
    limit: 50,
    depth: 0,
  })
  const scheduled = jobs.flatMap((job): ScheduledPublication[] => {
    const input = job.input
    if (!job.waitUntil || !isScheduleInput(input) || !input.doc) return []
    const { relationTo, value } = input.doc
    const type = input.type === 'unpublish' ? 'unpublish' : 'publish'
    return [
      { publishAt: job.waitUntil, type, collection: relationTo, id: typeof value === 'number' ? value : value.id },
    ]
  })
  const titles = new Map<string, string | undefined>()
  for (const collection of new Set(scheduled.map((item) => item.collection))) {
    const ids = scheduled.filter((item) => item.collection === collection).map((item) => item.id)
    const found = await readable(() =>
      payload.find({ collection, where: { id: { in: ids } }, draft: true, pagination: false, depth: 0, ...asUser }),
    )
    for (const doc of found?.docs ?? [])
      titles.set(`${collection}/${doc.id}`, 'title' in doc && typeof doc.title === 'string' ? doc.title : undefined)
  }
  const scheduledPublications = scheduled.flatMap((item) => {
    const key = `${item.collection}/${item.id}`
    return titles.has(key) ? [{ ...item, title: titles.get(key) }] : []
  })

  const scheduledNewsletters = await count('newsletters', { status: { equals: 'scheduled' } })

  const last = await readable(() =>
    payload.find({
      collection: 'newsletters',
      // PostgreSQL sorts a missing date first when descending: an issue without one is not "last".
      where: { and: [{ status: { equals: 'sent' } }, { sentAt: { exists: true } }] },
      sort: '-sentAt',
      limit: 1,
      depth: 0,
      ...asUser,
    }),
  )
  const issue = last?.docs[0]
  let lastNewsletter: DashboardCounts['lastNewsletter'] = null
  if (issue) {
    const ofIssue = { newsletter: { equals: issue.id } }
    const batches = await readable(() =>
      payload.find({
        collection: 'newsletter-batches',
        where: ofIssue,
        pagination: false,
        depth: 0,
        select: { deliveries: true },
        ...asUser,
      }),
    )
    if (batches) {
      const outcomes = batches.docs.flatMap((batch) => (batch.deliveries ?? []).map((delivery) => delivery.outcome))
      const withOutcome = (outcome: 'bounced' | 'complained'): Count => ({
        collection: 'newsletter-batches',
        where: { and: [ofIssue, { 'deliveries.outcome': { equals: outcome } }] },
        count: outcomes.filter((each) => each === outcome).length,
      })
      lastNewsletter = {
        id: issue.id,
        title: issue.title,
        sentAt: issue.sentAt,
        deliveries: { collection: 'newsletter-batches', where: ofIssue, count: outcomes.length },
        bounced: withOutcome('bounced'),
        complained: withOutcome('complained'),
      }
    }
  }

  return { awaitingModeration, missingTranslations, scheduledPublications, scheduledNewsletters, lastNewsletter }
}
