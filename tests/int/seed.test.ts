/** The seed puts in the WayOut facts from shared/seeds, translated where promised, and is idempotent. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'

import { startPayload, type TestPayload } from '../support/payload'

let env: TestPayload

beforeAll(async () => {
  env = await startPayload('seed')
  await seed(env.payload)
})
afterAll(async () => env?.stop())

const all = <S extends 'objectives' | 'outcomes' | 'partners' | 'work-packages' | 'events' | 'news' | 'sites'>(
  collection: S,
  locale: 'en' | 'fr' | 'de' | 'pt' | 'nl' = 'en',
) =>
  env.payload.find({
    collection,
    locale,
    limit: 100,
    depth: 1,
    sort: collection === 'work-packages' ? 'number' : ('_order' as never),
    fallbackLocale: false as never,
  })

describe('the seed', () => {
  it('puts in the five objectives and seven expected outcomes, in order', async () => {
    const objectives = await all('objectives')
    expect(objectives.docs.map((o) => o.text)).toHaveLength(5)
    expect(objectives.docs[0].text).toMatch(/^To provide a detailed account of the current state of the art/)
    expect(objectives.docs[4].text).toMatch(/^To raise awareness among law enforcement officials/)
    const outcomes = await all('outcomes')
    expect(outcomes.docs).toHaveLength(7)
    expect(outcomes.docs[6].text).toMatch(/^The lessons learned from the project will feed into the European debate/)
  })

  it('translates the summary, objectives and outcomes into fr, de, pt and nl', async () => {
    for (const locale of ['fr', 'de', 'pt', 'nl'] as const) {
      const project = await env.payload.findGlobal({ slug: 'project', locale, fallbackLocale: false as never })
      const english = await env.payload.findGlobal({ slug: 'project', locale: 'en' })
      expect(project.summary, locale).toBeTruthy()
      expect(project.summary, locale).not.toEqual(english.summary)
      const objectives = await all('objectives', locale)
      const outcomes = await all('outcomes', locale)
      expect(objectives.docs.filter((o) => o.text).length, locale).toBe(5)
      expect(outcomes.docs.filter((o) => o.text).length, locale).toBe(7)
    }
  })

  it('puts in WP1–WP8 with their lead, duration and country', async () => {
    const { docs } = await all('work-packages')
    expect(docs.map((wp) => wp.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    const summary = docs.map((wp) => [
      wp.number,
      typeof wp.lead === 'object' ? wp.lead.shortName : wp.lead,
      wp.durationMonths,
      wp.country,
    ])
    expect(summary).toEqual([
      [1, 'UT2J', 27, 'FR'],
      [2, 'UBI', 5, 'PT'],
      [3, 'UBI', 9, 'PT'],
      [4, 'Avans', 3, 'NL'],
      [5, 'IPS', 5, 'PT'],
      [6, 'VPN', 10, 'DE'],
      [7, 'IPS', 5, 'PT'],
      [8, 'UT2J', 27, 'FR'],
    ])
  })

  it('puts in the coordinator, six partners and two associated partners with their countries', async () => {
    const { docs } = await all('partners')
    const byRole = (role: string) => docs.filter((p) => p.role === role)
    expect(byRole('coordinator').map((p) => [p.name, p.country])).toEqual([['Université Toulouse – Jean Jaurès', 'FR']])
    expect(
      byRole('partner')
        .map((p) => p.country)
        .sort(),
    ).toEqual(['BE', 'DE', 'DE', 'NL', 'PT', 'PT'])
    expect(byRole('associated').map((p) => p.shortName)).toEqual(['CEP', 'EuroPris'])
  })

  it('keeps the official timeframe and funding, and says where other dates come from', async () => {
    const project = await env.payload.findGlobal({ slug: 'project', depth: 1 })
    expect(project.timeframe.start.slice(0, 10)).toBe('2018-12-01')
    expect(project.timeframe.end.slice(0, 10)).toBe('2021-03-01')
    expect(project.timeframe.note).toMatch(/November 2019 to February 2021/)
    expect(project.funding?.programme).toBe('Internal Security Fund')
    expect(typeof project.coordinator === 'object' && project.coordinator?.shortName).toBe('UT2J')
    expect(project.funding?.grantNumber ?? null).toBeNull()
  })

  it('puts in the five events of seed 000 as published events and news on the WayOut site', async () => {
    const events = await env.payload.find({ collection: 'events', sort: 'startsAt', depth: 0 })
    expect(events.docs.map((e) => [e.startsAt.slice(0, 10), e.type])).toEqual([
      ['2020-11-03', 'discussion'],
      ['2021-01-27', 'training'],
      ['2021-02-01', 'training'],
      ['2021-02-15', 'conference'],
      ['2021-04-26', 'conference'],
    ])
    const news = await env.payload.find({ collection: 'news', depth: 0 })
    expect(news.totalDocs).toBe(5)
    expect(news.docs.every((n) => n._status === 'published')).toBe(true)
    const wayout = (await env.payload.find({ collection: 'sites', where: { key: { equals: 'wayout' } } })).docs[0]
    expect(news.docs.every((n) => (n.sites as number[]).includes(wayout.id))).toBe(true)
  })

  it('makes the two sites with their host names and all five locales', async () => {
    const { docs } = await env.payload.find({ collection: 'sites', sort: 'key' })
    expect(docs.map((s) => [s.key, s.hostnames, s.languages])).toEqual([
      ['practices', ['practices.localhost'], ['en', 'fr', 'de', 'pt', 'nl']],
      ['wayout', ['wayout.localhost', 'localhost'], ['en', 'fr', 'de', 'pt', 'nl']],
    ])
    const fr = await env.payload.find({ collection: 'sites', locale: 'fr', where: { key: { equals: 'wayout' } } })
    expect(fr.docs[0].navigation?.map((item) => item.label)).toContain('Partenaires')
  })

  it('changes nothing when run again', async () => {
    const count = async () =>
      Promise.all(
        (['sites', 'partners', 'objectives', 'outcomes', 'work-packages', 'events', 'news', 'categories'] as const).map(
          async (collection) => [collection, (await env.payload.count({ collection })).totalDocs],
        ),
      )
    const before = await count()
    await seed(env.payload)
    expect(await count()).toEqual(before)
  })
})
