/**
 * Redirects: a published slug change leaves a permanent redirect from every old address (each
 * language of each site the document is on); chains collapse; loops, self-redirects and other
 * hosts are refused with a message that says why.
 */
import { ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'

import { withWorld } from '../support/world'

const t = withWorld('redirects')

const redirectsOf = async (site: number) =>
  Object.fromEntries(
    (
      await t.payload.find({ collection: 'redirects', where: { site: { equals: site } }, pagination: false, depth: 0 })
    ).docs.map((doc) => [doc.from, doc.to]),
  )

/** The message a refused save gives for `field`. */
const refusalOf = async (save: Promise<unknown>, field: string) => {
  const error = await save.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ValidationError)
  return error instanceof ValidationError ? error.data.errors.find((item) => item.path === field)?.message : undefined
}

const redirect = (from: string, to: string) =>
  t.payload.create({ collection: 'redirects', data: { site: t.world.sites.wayout, from, to } })

describe('a slug change', () => {
  it('redirects the old address in every language of every site to the new one', async () => {
    const { wayout, practices } = t.world.sites
    const page = await t.payload.create({
      collection: 'pages',
      data: { title: 'Call for practitioners', slug: 'call', sites: [wayout, practices], _status: 'published' },
      locale: 'en',
    })
    await t.payload.update({
      collection: 'pages',
      id: page.id,
      data: { title: 'Appel aux praticiens', slug: 'appel', _status: 'published' },
      locale: 'fr',
    })
    // Only French moved; English stays where it was.
    expect(await redirectsOf(wayout)).toMatchObject({ '/fr/call': '/fr/appel' })
    expect(await redirectsOf(wayout)).not.toHaveProperty('/en/call')

    await t.payload.update({
      collection: 'pages',
      id: page.id,
      data: { slug: 'open-call', _status: 'published' },
      locale: 'en',
    })
    expect(await redirectsOf(wayout)).toMatchObject({ '/fr/call': '/fr/appel', '/en/call': '/en/open-call' })
    // The practice repository speaks English only: its one address moved too.
    expect(await redirectsOf(practices)).toMatchObject({ '/en/call': '/en/open-call' })
  })

  it('waits for publication: a draft with a new slug moves nothing', async () => {
    const news = await t.payload.create({
      collection: 'news',
      data: { title: 'Quiet', slug: 'quiet', sites: [t.world.sites.wayout], _status: 'published' },
    })
    await t.payload.update({
      collection: 'news',
      id: news.id,
      data: { slug: 'still-quiet', _status: 'draft' },
      draft: true,
    })
    expect(await redirectsOf(t.world.sites.wayout)).not.toHaveProperty('/en/news/quiet')
    await t.payload.update({ collection: 'news', id: news.id, data: { slug: 'loud', _status: 'published' } })
    expect(await redirectsOf(t.world.sites.wayout)).toMatchObject({ '/en/news/quiet': '/en/news/loud' })
  })

  it('moving back to an old address makes it live again and sends the newer one back', async () => {
    const event = await t.payload.create({
      collection: 'events',
      data: {
        title: 'Round table',
        slug: 'round-table',
        sites: [t.world.sites.wayout],
        type: 'conference',
        startsAt: '2021-02-15T09:00:00.000Z',
        startsAt_tz: 'Europe/Paris',
        _status: 'published',
      },
    })
    await t.payload.update({ collection: 'events', id: event.id, data: { slug: 'roundtable', _status: 'published' } })
    await t.payload.update({ collection: 'events', id: event.id, data: { slug: 'round-table', _status: 'published' } })
    const now = await redirectsOf(t.world.sites.wayout)
    expect(now).toMatchObject({ '/en/events/roundtable': '/en/events/round-table' })
    expect(now).not.toHaveProperty('/en/events/round-table')
  })
})

describe('redirects by hand', () => {
  it('collapse chains: A→B then B→C leaves A→C', async () => {
    await redirect('/en/a', '/en/b')
    await redirect('/en/b', '/en/c')
    expect(await redirectsOf(t.world.sites.wayout)).toMatchObject({ '/en/a': '/en/c', '/en/b': '/en/c' })
    // And forwards: D→A ends at C at once.
    expect((await redirect('/en/d', '/en/a')).to).toBe('/en/c')
  })

  it('refuses a loop', async () => {
    await redirect('/en/loop-1', '/en/loop-2')
    expect(await refusalOf(redirect('/en/loop-2', '/en/loop-1'), 'to')).toMatch(/loop/)
  })

  it('refuses a redirect to itself', async () => {
    expect(await refusalOf(redirect('/en/here', '/en/here/'), 'to')).toMatch(/own address/)
  })

  it('refuses another host, however it is written', async () => {
    for (const elsewhere of ['https://example.org/en', '//example.org/en', '/\\example.org', 'example.org/en'])
      expect(await refusalOf(redirect('/en/away', elsewhere), 'to')).toMatch(/other hosts are not allowed/)
  })

  it('refuses a second redirect from the same address', async () => {
    await redirect('/en/once', '/en/first')
    expect(await refusalOf(redirect('/en/once', '/en/second'), 'from')).toMatch(/already has a redirect/)
  })

  it('speaks the editor’s language', async () => {
    const refused = t.payload.create({
      collection: 'redirects',
      data: { site: t.world.sites.wayout, from: '/fr/ici', to: '/fr/ici' },
      req: { i18n: { language: 'fr' } } as never,
    })
    expect(await refusalOf(refused, 'to')).toMatch(/propre adresse/)
  })
})
