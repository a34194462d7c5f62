/**
 * The public read API (/api/public/v1), through its route handlers and the typed client: shapes,
 * filters, paging, localisation with fallback flags, bad input, and attempts to reach drafts,
 * SEN deliverables and other sites' content. Headers over real HTTP: public-api-over-http.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'

import {
  CategoryList,
  DeliverableList,
  EventList,
  NewsItemResponse,
  NewsList,
  PartnerList,
  ProjectResponse,
} from '@/plugins/public-api/definitions'
import { PublicApiError } from '@/plugins/public-api/client'

import { callPublicApi, inProcessClient } from '../support/publicApi'
import { withWorld } from '../support/world'

const t = withWorld('public_api')
const api = inProcessClient()

const ids: Record<string, number> = {}
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600_000).toISOString()

beforeAll(async () => {
  const { payload, world } = t
  const { wayout, practices } = world.sites
  const category = world.ids.categories.one
  const news = async (label: string, data: Record<string, unknown>) => {
    const doc = await payload.create({
      collection: 'news',
      data: { _status: 'published', sites: [wayout], ...data } as never,
      depth: 0,
    })
    ids[label] = doc.id
    return doc.id
  }
  await news('shared', { title: 'Shared news', sites: [wayout, practices], publishedAt: '2025-06-01T10:00:00.000Z' })
  const revised = await news('revised', { title: 'Revised news', publishedAt: '2025-03-01T10:00:00.000Z' })
  // A later draft of a published item: the public keeps seeing the published version.
  await payload.update({ collection: 'news', id: revised, data: { title: 'Revised news secret draft' }, draft: true })
  await news('twin a', { title: 'Twin A', publishedAt: '2024-06-01T10:00:00.000Z' })
  await news('twin b', { title: 'Twin B', publishedAt: '2024-06-01T10:00:00.000Z' })
  const older = await news('older', {
    title: 'Older news',
    summary: 'An older summary',
    categories: [category],
    publishedAt: '2024-01-01T10:00:00.000Z',
  })
  await payload.update({ collection: 'news', id: older, locale: 'fr', data: { title: 'Actualité ancienne' } })
  await news('practices only', {
    title: 'Practices only news',
    sites: [practices],
    publishedAt: '2025-01-01T00:00:00Z',
  })

  const event = await payload.create({
    collection: 'events',
    data: {
      title: 'Future conference',
      type: 'conference',
      startsAt: inDays(30),
      startsAt_tz: 'Europe/Paris',
      endsAt: inDays(31),
      venue: { name: 'Palais', city: 'Paris', country: 'FR' },
      organiser: world.ids.partners.own,
      sites: [wayout],
      _status: 'published',
    },
    depth: 0,
  })
  ids['future event'] = event.id
  await payload.update({ collection: 'events', id: event.id, locale: 'de', data: { title: 'Zukünftige Konferenz' } })

  await payload.create({
    collection: 'partners',
    data: { name: 'Coordinating University', shortName: 'CU', role: 'coordinator', country: 'FR' },
  })
  await payload.create({
    collection: 'partners',
    data: { name: 'European Network', shortName: 'EN', role: 'associated' },
  })
  await payload.updateGlobal({
    slug: 'project',
    locale: 'en',
    data: {
      name: 'WayOut',
      acronym: 'WayOut',
      fullTitle: 'Integrated Exit Programme for Prison and Probation',
      summary: 'A summary in English.',
      funding: { programme: 'Internal Security Fund', body: 'European Commission' },
      timeframe: { start: '2018-12-01', end: '2021-03-01' },
    },
  })
  await payload.updateGlobal({
    slug: 'project',
    locale: 'fr',
    // Otherwise the English text read as the fallback is saved as the French.
    fallbackLocale: false,
    data: { fullTitle: 'Programme intégré de sortie pour la prison et la probation' } as never,
  })
})

/** The body, checked against the documented schema: nothing missing, nothing more. */
const shaped = <S extends z.ZodType>(schema: S, body: unknown): z.output<S> => {
  const parsed = schema.parse(body)
  expect(parsed).toEqual(body)
  return parsed
}

const titles = (body: { items: { title: string }[] }) => body.items.map((item) => item.title)

const problem = async (path: string) => {
  const response = await callPublicApi(path)
  return { status: response.status, body: await response.json() }
}

describe('news', () => {
  it("lists the site's published news, newest first, in the documented shape", async () => {
    const body = shaped(NewsList, await api.news({ site: 'wayout', limit: 50 }))
    expect(titles(body)).toEqual(['news public', 'Shared news', 'Revised news', 'Twin B', 'Twin A', 'Older news'])
    expect(body.site).toMatchObject({ key: 'wayout', name: 'WayOut', url: 'http://wayout.localhost:3000/en' })
    expect(body.items[5]).toMatchObject({
      summary: 'An older summary',
      categories: [{ title: 'Events', slug: 'events', fellBack: [] }],
      url: 'http://wayout.localhost:3000/en/news/older-news',
      fellBack: [],
    })
  })

  it('keeps each site to its own news, and uses the default site when none is given', async () => {
    expect(titles(await api.news({ site: 'practices' }))).toEqual(['Shared news', 'Practices only news'])
    expect(titles(await api.news())).toEqual(titles(await api.news({ site: 'wayout' })))
  })

  it('filters by category slug or id, and refuses an unknown category', async () => {
    expect(titles(await api.news({ category: 'events' }))).toEqual(['Older news'])
    expect(titles(await api.news({ category: String(t.world.ids.categories.one) }))).toEqual(['Older news'])
    expect(await problem('/api/public/v1/news?category=nope')).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_parameter', parameter: 'category' } },
    })
  })

  it('pages by cursor without skipping or repeating items that share a date', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await api.news({ limit: 2, cursor })
      expect(page.items.length).toBeLessThanOrEqual(2)
      seen.push(...titles(page))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toEqual(['news public', 'Shared news', 'Revised news', 'Twin B', 'Twin A', 'Older news'])
  })

  it('pages by number with totals', async () => {
    const page = await api.news({ limit: 4, page: 2 })
    expect(titles(page)).toEqual(['Twin A', 'Older news'])
    expect(page).toMatchObject({ page: 2, totalPages: 2, totalItems: 6, nextCursor: null })
  })

  it('gives the asked locale and flags each field that fell back to English', async () => {
    const body = await api.news({ locale: 'fr', category: 'events' })
    expect(body.locale).toBe('fr')
    expect(body.items[0]).toMatchObject({
      title: 'Actualité ancienne',
      summary: 'An older summary',
      fellBack: ['summary'],
    })
    expect(body.items[0].url).toBe(`http://wayout.localhost:3000/fr/news/${body.items[0].slug}`)
    expect(body.items[0].slug).toMatch(/^actualit/)
    expect(body.items[0].categories[0].fellBack).toEqual(['title', 'slug'])
    expect((await api.news({ locale: 'de', category: 'events' })).items[0]).toMatchObject({
      title: 'Older news',
      fellBack: ['title', 'slug', 'summary'],
    })
  })

  it('returns one published item with its text, and 404 for ids it may not show', async () => {
    const body = shaped(NewsItemResponse, await api.newsItem(ids.older, { locale: 'fr' }))
    expect(body.item).toMatchObject({ id: ids.older, title: 'Actualité ancienne', body: '' })
    expect((await api.newsItem(ids.revised)).item.title).toBe('Revised news')
    for (const id of [
      t.world.ids.news['draft on wayout'],
      t.world.ids.news['draft on practices'],
      t.world.ids.news['published on offline site'],
      ids['practices only'],
      999_999,
    ]) {
      const { status, body: error } = await problem(`/api/public/v1/news/${id}?site=wayout`)
      expect(status, String(id)).toBe(404)
      expect(error.error.code).toBe('not_found')
    }
  })
})

describe('nothing private leaks', () => {
  const secret = /secret|staging|Sensitive/
  it('shows no draft, no draft revision and no other-site or offline-site news, whatever is asked', async () => {
    for (const query of ['', '?locale=fr', '?site=practices', '?limit=50', '?page=1&limit=50']) {
      const body = await (await callPublicApi(`/api/public/v1/news${query}`)).json()
      expect(JSON.stringify(body), query).not.toMatch(secret)
    }
  })

  it('refuses the parameters of Payload’s own API instead of obeying them', async () => {
    for (const query of [
      'where[_status][equals]=draft',
      'draft=true',
      'depth=5',
      `where[sites][contains]=${t.world.sites.offline}`,
    ]) {
      const { status, body } = await problem(`/api/public/v1/news?${query}`)
      expect(status, query).toBe(400)
      expect(body.error.message, query).toMatch(/unknown parameter/)
    }
  })

  it('does not serve a site that is not live', async () => {
    expect(await problem('/api/public/v1/news?site=offline')).toMatchObject({
      status: 400,
      body: { error: { parameter: 'site', message: 'site "offline" is not a live site' } },
    })
  })

  it('lists public (PU) deliverables only, with their public file', async () => {
    const body = shaped(DeliverableList, await api.deliverables())
    expect(body.items.map((item) => item.code)).toEqual(['D2.1'])
    expect(body.items[0]).toMatchObject({
      title: 'State of the art',
      workPackage: { number: 1, title: 'Management' },
      // At the configured origin (no SERVER_URL here: this server on localhost), never the host
      // the request named (cms.localhost, which no site declares).
      file: { filename: 'public-report.pdf', url: 'http://localhost:3000/api/documents/file/public-report.pdf' },
    })
    expect(JSON.stringify(await api.deliverables({ workPackage: 1 }))).not.toMatch(/D3\.2|Sensitive/)
    expect((await api.deliverables({ workPackage: 2 })).items).toEqual([])
  })

  it('shows only published events of live sites', async () => {
    const all = [...(await api.events({ when: 'past', limit: 50 })).items, ...(await api.events({ limit: 50 })).items]
    expect(all.map((event) => event.title).sort()).toEqual(['Future conference', 'events public'])
  })
})

describe('events', () => {
  it('separates upcoming (soonest first) from past (latest first), in the event’s time zone', async () => {
    const upcoming = shaped(EventList, await api.events({ when: 'upcoming' }))
    expect(upcoming.items).toHaveLength(1)
    expect(upcoming.items[0]).toMatchObject({
      title: 'Future conference',
      type: 'conference',
      timeZone: 'Europe/Paris',
      venue: { name: 'Palais', city: 'Paris', country: 'FR' },
      organiser: { shortName: 'OWN', name: 'Partner Org' },
      url: 'http://wayout.localhost:3000/en/events/future-conference',
    })
    expect(titles(await api.events({ when: 'past' }))).toEqual(['events public'])
  })

  it('filters by type and localises with fallback flags', async () => {
    expect(titles(await api.events({ type: 'webinar' }))).toEqual([])
    const german = (await api.events({ locale: 'de' })).items[0]
    expect(german).toMatchObject({ title: 'Zukünftige Konferenz', fellBack: [] })
    expect(german.venue?.fellBack).toEqual(['name', 'city'])
  })
})

describe('partners, categories and the project card', () => {
  it('lists partners in the editors’ order, filterable by role', async () => {
    const body = shaped(PartnerList, await api.partners({ locale: 'pt' }))
    expect(body.items.map((partner) => partner.shortName)).toEqual(['OWN', 'OTHER', 'CU', 'EN'])
    expect(body.items[0]).toMatchObject({ name: 'Partner Org', country: 'PT', role: 'partner', fellBack: ['name'] })
    expect((await api.partners({ role: 'associated' })).items.map((partner) => partner.shortName)).toEqual(['EN'])
  })

  it('lists the categories for the category filter', async () => {
    const body = shaped(CategoryList, await api.categories())
    expect(body.items).toEqual([{ id: t.world.ids.categories.one, title: 'Events', slug: 'events', fellBack: [] }])
  })

  it('gives the project card with the consortium by role and flags untranslated text', async () => {
    const body = shaped(ProjectResponse, await api.project({ locale: 'fr' }))
    expect(body.project).toMatchObject({
      name: 'WayOut',
      fullTitle: 'Programme intégré de sortie pour la prison et la probation',
      summary: 'A summary in English.',
      fellBack: ['summary'],
      objectives: [{ text: 'An objective', fellBack: ['text'] }],
      outcomes: [{ text: 'An outcome', fellBack: ['text'] }],
      funding: { programme: 'Internal Security Fund', fellBack: ['programme', 'body'] },
    })
    expect(body.project.timeframe.start).toMatch(/^2018-12-01/)
    const byRole = Object.fromEntries(
      Object.entries(body.project.partners).map(([role, members]) => [role, members.map((p) => p.shortName)]),
    )
    expect(byRole).toEqual({ coordinator: ['CU'], partner: ['OWN', 'OTHER'], associated: ['EN'] })
  })
})

describe('bad input', () => {
  it.each([
    ['/api/public/v1/news?limit=0', 'limit'],
    ['/api/public/v1/news?limit=51', 'limit'],
    ['/api/public/v1/news?limit=ten', 'limit'],
    ['/api/public/v1/news?limit=1&limit=2', 'limit'],
    ['/api/public/v1/news?page=0', 'page'],
    ['/api/public/v1/news?cursor=garbage', 'cursor'],
    ['/api/public/v1/news?cursor=WzEsMl0&page=2', 'cursor'],
    ['/api/public/v1/news?locale=es', 'locale'],
    ['/api/public/v1/news?site=Not%20a%20key', 'site'],
    ['/api/public/v1/news?site=unknown', 'site'],
    ['/api/public/v1/events?when=tomorrow', 'when'],
    ['/api/public/v1/events?type=party', 'type'],
    ['/api/public/v1/partners?role=sponsor', 'role'],
    ['/api/public/v1/deliverables?workPackage=x', 'workPackage'],
    ['/api/public/v1/news/abc', 'id'],
    ['/api/public/v1/news/99999999999', 'id'],
    ['/api/public/v1/project?foo=1', 'foo'],
  ])('%s is a 400 naming %s', async (path, parameter) => {
    const { status, body } = await problem(path)
    expect(status).toBe(400)
    expect(body.error).toMatchObject({ status: 400, code: 'invalid_parameter', parameter })
    expect(body.error.message).toMatch(new RegExp(parameter))
  })

  it('throws a PublicApiError carrying the JSON error from the typed client', async () => {
    const error = await api.news({ site: 'nowhere' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(PublicApiError)
    expect(error).toMatchObject({ status: 400, message: 'site "nowhere" is not a live site' })
  })
})

describe('answers are remembered until content changes', () => {
  it('answers 304 to a current ETag, and a new ETag once a news item is published', async () => {
    const first = await callPublicApi('/api/public/v1/news?limit=3')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await callPublicApi('/api/public/v1/news?limit=3', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')

    // A draft changes nothing the public sees: the answer is recomputed, byte for byte the same.
    await t.payload.create({
      collection: 'news',
      data: { title: 'Unpublished idea', sites: [t.world.sites.wayout], _status: 'draft' },
      draft: true,
    })
    expect((await callPublicApi('/api/public/v1/news?limit=3')).headers.get('etag')).toBe(etag)

    await t.payload.create({
      collection: 'news',
      data: { title: 'Breaking news', sites: [t.world.sites.wayout], _status: 'published' },
    })
    const changed = await callPublicApi('/api/public/v1/news?limit=3', { headers: { 'if-none-match': etag } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect((await changed.json()).items[0].title).toBe('Breaking news')
  })

  it('stops showing an item as soon as it is unpublished', async () => {
    expect((await api.newsItem(ids.shared)).item.title).toBe('Shared news')
    await t.payload.update({ collection: 'news', id: ids.shared, data: { _status: 'draft' } })
    expect((await callPublicApi(`/api/public/v1/news/${ids.shared}`)).status).toBe(404)
    expect(titles(await api.news({ limit: 50 }))).not.toContain('Shared news')
  })
})
