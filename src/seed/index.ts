import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { notices } from '@/plugins/legal-pages/notices'

import * as content from './content'
import { paragraphs, sections } from './richText'
import { legalPages, noticeTitle } from './legalPages'
import { seedTraining } from './training'
import { translations } from './translations'

type Log = (message: string) => void

const otherLocales = locales.filter((locale): locale is Exclude<Locale, 'en'> => locale !== 'en')

/** Finds the document `where` names, updates it with `data`, or creates it: running twice changes nothing. */
const upsert = async <S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  data: RequiredDataFromCollectionSlug<S>,
) => {
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, locale: 'en', draft: true })
  return docs[0]
    ? payload.update({ collection, id: docs[0].id, data: data as never, locale: 'en', depth: 0 })
    : payload.create({ collection, data, locale: 'en', depth: 0 })
}

/** Noon UTC keeps a date-only value on the same calendar day in every European time zone. */
const day = (isoDate: string) => `${isoDate}T12:00:00.000Z`

const firstSentence = (text: string) => text.match(/^.*?[.!?](\s|$)/)?.[0].trim() ?? text

/**
 * Puts the WayOut facts from shared/seeds into the database. Idempotent: each document is found
 * by its natural key (site key, partner short name, WP number, English text or slug) and updated.
 */
export const seed = async (payload: Payload, log: Log = () => {}) => {
  // libsql answers synchronously: without a turn of the event loop between steps, a server seeding
  // its empty database would leave even its health probes unanswered until the seed ends.
  const step = async (name: string) => {
    log(name)
    await new Promise((resolve) => setImmediate(resolve))
  }
  await step('sites')
  const sites: Record<string, number> = {}
  for (const site of content.sites) {
    const saved = await upsert(
      payload,
      'sites',
      { key: { equals: site.key } },
      {
        key: site.key,
        name: site.name,
        hostnames: [...site.hostnames],
        isDefault: site.isDefault,
        live: true,
        languages: [...locales],
        theme: site.theme,
        navigation: site.navigation.map(({ path, label }) => ({ path, label })),
      },
    )
    sites[site.key] = saved.id
    for (const locale of otherLocales) {
      const t = translations[locale]
      await payload.update({
        collection: 'sites',
        id: saved.id,
        locale,
        data: {
          name: t.siteNames[site.key],
          navigation: saved.navigation?.map((row, i) => ({
            id: row.id,
            path: row.path,
            label: t.navigation[site.navigation[i].label],
          })),
        },
      })
    }
  }

  await step('partners')
  const partners: Record<string, number> = {}
  for (const partner of content.partners) {
    const saved = await upsert(payload, 'partners', { shortName: { equals: partner.shortName } }, partner)
    partners[partner.shortName] = saved.id
  }

  await step('project factsheet')
  await payload.updateGlobal({
    slug: 'project',
    locale: 'en',
    data: {
      name: content.project.name,
      acronym: content.project.acronym,
      fullTitle: content.project.fullTitle,
      tagline: content.project.tagline,
      summary: content.project.summary,
      funding: content.project.funding,
      timeframe: content.project.timeframe,
      coordinator: partners[content.project.coordinator],
    },
  })
  for (const locale of otherLocales) {
    const t = translations[locale]
    await payload.updateGlobal({
      slug: 'project',
      locale,
      data: {
        fullTitle: t.fullTitle,
        tagline: t.tagline,
        summary: t.summary,
        funding: t.funding,
        timeframe: { ...content.project.timeframe, note: t.timeframeNote },
      },
    })
  }

  await step('objectives and expected outcomes')
  for (const [slug, texts, key] of [
    ['objectives', content.objectives, 'objectives'],
    ['outcomes', content.outcomes, 'outcomes'],
  ] as const) {
    for (const [i, text] of texts.entries()) {
      const saved = await upsert(payload, slug, { text: { equals: text } }, { text })
      for (const locale of otherLocales) {
        await payload.update({ collection: slug, id: saved.id, locale, data: { text: translations[locale][key][i] } })
      }
    }
  }

  await step('work packages')
  for (const wp of content.workPackages) {
    await upsert(
      payload,
      'work-packages',
      { number: { equals: wp.number } },
      {
        number: wp.number,
        title: wp.title,
        description: wp.description,
        durationMonths: wp.months,
        lead: partners[wp.lead],
        country: wp.country,
      },
    )
  }

  await step('categories')
  const categories: Record<string, number> = {}
  for (const category of content.categories) {
    const saved = await upsert(
      payload,
      'categories',
      { slug: { equals: category.key } },
      {
        title: category.title,
        slug: category.key,
      },
    )
    categories[category.key] = saved.id
  }

  await step('events and their news')
  for (const event of content.events) {
    const start = event.days[0]
    const end = event.days[event.days.length - 1]
    await upsert(
      payload,
      'events',
      { slug: { equals: event.slug } },
      {
        title: event.title,
        slug: event.slug,
        type: event.type,
        summary: event.summary,
        startsAt: day(start),
        startsAt_tz: event.timeZone,
        endsAt: day(end),
        endsAt_tz: event.timeZone,
        allDay: true,
        online: true,
        onlineUrl: event.onlineUrl,
        audience: event.audience,
        organiser: event.organiser ? partners[event.organiser] : null,
        sites: [sites.wayout],
        _status: 'published',
      },
    )
    // The sources date the events, not the news about them: the news carries the event's first day.
    await upsert(
      payload,
      'news',
      { slug: { equals: event.slug } },
      {
        title: event.title,
        slug: event.slug,
        summary: firstSentence(event.summary),
        body: paragraphs([event.summary, ...(event.audience ? [event.audience] : [])]),
        categories: [categories[event.category]],
        publishedAt: day(start),
        sites: [sites.wayout],
        _status: 'published',
      },
    )
  }

  // Only where missing: editors complete the notices (what only the project can say), and a
  // re-run must not take their words back.
  await step('notices: accessibility statement, privacy notice, legal notice (those not there yet)')
  for (const notice of notices) {
    const page = (locale: Locale) => ({
      title: noticeTitle(locale, notice),
      summary: legalPages[locale][notice].summary,
      body: sections(legalPages[locale][notice].sections),
    })
    const { totalDocs } = await payload.count({ collection: 'pages', where: { slug: { equals: notice } } })
    if (totalDocs > 0) continue
    const saved = await payload.create({
      collection: 'pages',
      data: { ...page('en'), slug: notice, sites: [sites.wayout, sites.practices], _status: 'published' },
      locale: 'en',
      depth: 0,
    })
    for (const locale of otherLocales)
      await payload.update({
        collection: 'pages',
        id: saved.id,
        locale,
        data: { ...page(locale), slug: notice, _status: 'published' },
      })
  }

  await step('training course and its editions')
  await seedTraining(payload)
  log('done')
}
