/**
 * The read layer's shortcuts (src/content) answer as the long way did: a slug in any language finds
 * its document in one query, untranslated fields are named without a second read, lists read what
 * their cards show and not each item's whole text, and the facts every page shows are read again
 * once they change.
 */
import { describe, expect, it } from 'vitest'

import { listEvents } from '@/content/events'
import { findTranslated } from '@/content/fallback'
import { listNews } from '@/content/news'
import { readProject } from '@/content/project'
import type { Reader } from '@/content/reader'
import { findBySlug } from '@/content/slugs'

import { paragraphs } from '@/seed/richText'

import { withWorld } from '../support/world'

const t = withWorld('content-reads')

/**
 * The anonymous public on the project site. Built here rather than with `publicReader`: its module
 * loads the app's config before the test's database is chosen.
 */
const publicOnWayout = async (): Promise<Reader> => ({
  payload: t.payload,
  site: await t.payload.findByID({ collection: 'sites', id: t.world.sites.wayout, depth: 0 }),
  origin: 'http://wayout.localhost',
  draft: false,
  user: null,
})

describe('a slug names its document in any language', () => {
  it('finds a published item by its slug, with the English slug standing in for an untranslated one', async () => {
    const found = await findBySlug(await publicOnWayout(), 'news', 'en', 'news-public')
    expect(found).toMatchObject({ id: t.world.ids.news['published on wayout'], canonical: 'news-public' })
    expect(found?.slugs('fr')).toBe('news-public')
  })

  it("finds it by another language's slug and names the slug of the reader's language", async () => {
    const reader = await publicOnWayout()
    const { id } = await t.payload.create({
      collection: 'news',
      data: { title: 'Open day', slug: 'open-day', sites: [t.world.sites.wayout], _status: 'published' },
    })
    await t.payload.update({
      collection: 'news',
      id,
      locale: 'fr',
      data: { title: 'Portes ouvertes', slug: 'portes-ouvertes' },
    })
    expect(await findBySlug(reader, 'news', 'en', 'portes-ouvertes')).toMatchObject({ id, canonical: 'open-day' })
    expect(await findBySlug(reader, 'news', 'fr', 'open-day')).toMatchObject({ id, canonical: 'portes-ouvertes' })
    expect(await findBySlug(reader, 'news', 'fr', 'portes-ouvertes')).toMatchObject({
      id,
      canonical: 'portes-ouvertes',
    })
  })

  it("prefers the item whose slug it is in the reader's language", async () => {
    const reader = await publicOnWayout()
    const make = (title: string, slug: string) =>
      t.payload.create({
        collection: 'news',
        data: { title, slug, sites: [t.world.sites.wayout], _status: 'published' },
      })
    const english = await make('Summer school', 'ecole-ete')
    const french = await make('Summer school, French edition', 'summer-school-fr')
    await t.payload.update({
      collection: 'news',
      id: french.id,
      locale: 'fr',
      data: { title: 'École d’été', slug: 'ecole-ete' },
    })
    expect((await findBySlug(reader, 'news', 'fr', 'ecole-ete'))?.id).toBe(french.id)
    expect((await findBySlug(reader, 'news', 'en', 'ecole-ete'))?.id).toBe(english.id)
  })

  it("never finds drafts, another site's items or items of a site that is not live", async () => {
    const reader = await publicOnWayout()
    for (const slug of ['news-secret-draft', 'news-practices-secret-draft', 'news-staging-only'])
      expect(await findBySlug(reader, 'news', 'en', slug)).toBeNull()
  })
})

describe('untranslated fields are named', () => {
  it('lists the fields a language leaves empty, shown in English, and none in English', async () => {
    const reader = await publicOnWayout()
    const { id } = await t.payload.create({
      collection: 'news',
      data: {
        title: 'Partners met in Porto',
        summary: 'Three days of work.',
        slug: 'porto',
        sites: [t.world.sites.wayout],
        _status: 'published',
      },
    })
    await t.payload.update({ collection: 'news', id, locale: 'fr', data: { title: 'Les partenaires à Porto' } })
    const read = async (locale: 'en' | 'fr') =>
      (await findTranslated(reader, 'news', locale, ['title', 'summary'], { where: { id: { equals: id } } })).docs[0]
    expect(await read('fr')).toMatchObject({
      title: 'Les partenaires à Porto',
      summary: 'Three days of work.',
      fellBack: ['summary'],
    })
    expect((await read('en')).fellBack).toEqual([])
  })
})

describe('lists read what their cards show', () => {
  it("give each news item's and event's card fields, marked where English stands in, without its body", async () => {
    const reader = await publicOnWayout()
    const news = await t.payload.create({
      collection: 'news',
      data: {
        title: 'Exit work in Lisbon',
        summary: 'Practitioners compared notes.',
        body: paragraphs(['The whole article, which only its own page shows.']),
        slug: 'lisbon',
        publishedAt: '2099-01-01T00:00:00.000Z',
        sites: [t.world.sites.wayout],
        _status: 'published',
      },
    })
    await t.payload.update({
      collection: 'news',
      id: news.id,
      locale: 'fr',
      data: { title: 'Le travail de sortie à Lisbonne' },
    })
    const event = await t.payload.create({
      collection: 'events',
      data: {
        title: 'Round table in Ghent',
        summary: 'On leaving prison.',
        body: paragraphs(['The programme in full.']),
        type: 'roundtable',
        startsAt: '2099-02-01T09:00:00.000Z',
        startsAt_tz: 'Europe/Brussels',
        sites: [t.world.sites.wayout],
        _status: 'published',
      },
    })

    const [item] = (await listNews(reader, 'fr', { limit: 1 })).docs
    expect(item).toMatchObject({
      id: news.id,
      title: 'Le travail de sortie à Lisbonne',
      summary: 'Practitioners compared notes.',
      fellBack: ['summary'],
    })
    expect(item).not.toHaveProperty('body')

    const [upcoming] = (await listEvents(reader, 'en', 'all', { limit: 1 })).docs
    expect(upcoming).toMatchObject({ id: event.id, title: 'Round table in Ghent', type: 'roundtable', fellBack: [] })
    expect(upcoming).not.toHaveProperty('body')
  })
})

describe("the project's facts", () => {
  it('are read again once they change', async () => {
    const reader = await publicOnWayout()
    const facts = (tagline: string) => ({
      name: 'WayOut',
      acronym: 'WayOut',
      fullTitle: 'Integrated Exit Programme for Prison and Probation',
      tagline,
      timeframe: { start: '2018-12-01', end: '2021-03-01' },
    })
    await t.payload.updateGlobal({ slug: 'project', locale: 'en', data: facts('Before') })
    expect((await readProject(reader, 'en', 1)).project.tagline).toBe('Before')
    await t.payload.updateGlobal({ slug: 'project', locale: 'en', data: facts('After') })
    await expect.poll(async () => (await readProject(reader, 'en', 1)).project.tagline).toBe('After')
  })
})
