/**
 * What an edit drops from the front caches, over HTTP against the production build: the pages
 * and API answers that show the edited news item (home, news list, its article in every language,
 * feeds, sitemap, search, the widget's news answers), and nothing else; a renamed article's old
 * and new addresses; and a burst of readers of a just-invalidated page costs one render (the
 * previous copy answering for its first second).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWorld, type World } from '../support/fixtures'
import { startServer, type TestServer } from '../support/server'
import { signInOverHttp } from '../support/signIn'

let server: TestServer
let world: World
let editorToken: string

beforeAll(async () => {
  server = await startServer('cache_invalidation', async (payload) => {
    world = await buildWorld(payload)
    await payload.create({
      collection: 'news',
      data: { title: 'Another story', slug: 'another-story', sites: [world.sites.wayout], _status: 'published' },
    })
  })
  editorToken = await signInOverHttp(server.url, 'editor@example.test')
})
afterAll(async () => server?.stop())

const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' })
const cacheOf = async (path: string) => {
  const response = await get(path)
  await response.arrayBuffer()
  return response.headers.get('x-cache')
}
const editNews = async (data: Record<string, unknown>) => {
  const response = await fetch(`${server.url}/api/news/${world.ids.news['published on wayout']}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
    body: JSON.stringify(data),
  })
  expect(response.status).toBe(200)
}
/** Asks until stored (the first answer renders, the second is remembered). */
const warm = async (paths: string[]) => {
  for (const path of paths) {
    await cacheOf(path)
    expect(await cacheOf(path), path).toBe('HIT')
  }
}

const touchedByTheItem = [
  '/en',
  '/en/news',
  '/en/news/news-public',
  '/fr/news/news-public',
  '/en/news/rss.xml',
  '/en/news/atom.xml',
  '/sitemap.xml',
  '/en/search?q=news',
  '/api/public/v1/news',
  '/api/public/v1/news?locale=fr&limit=5',
]
const untouched = ['/en/news/another-story', '/en/work-packages/1', '/en/partners', '/api/public/v1/partners']

describe('invalidation by tags', () => {
  it('drops every page and answer showing an edited news item, and leaves the others stored', async () => {
    await warm([...touchedByTheItem, ...untouched])
    await editNews({ title: 'A corrected headline' })
    for (const path of untouched) expect(await cacheOf(path), path).toBe('HIT')
    for (const path of touchedByTheItem) expect(await cacheOf(path), path).not.toBe('HIT')
    const article = await (await get('/en/news/news-public')).text()
    expect(article).toContain('A corrected headline')
    const answer = await (await get('/api/public/v1/news')).json()
    expect(answer.items.map((item: { title: string }) => item.title)).toContain('A corrected headline')
  })

  it('sends the old address of a renamed article on to the new one, and serves it there', async () => {
    await warm(['/en/news/news-public', '/en/news/another-story'])
    await editNews({ slug: 'a-new-address' })
    const old = await get('/en/news/news-public')
    expect(old.status).toBe(308)
    expect(old.headers.get('location')).toBe('/en/news/a-new-address')
    const moved = await get('/en/news/a-new-address')
    expect(moved.status).toBe(200)
    expect(await moved.text()).toContain('A corrected headline')
    expect(await cacheOf('/en/news/another-story')).toBe('HIT')
  })

  const burstOf200 = () =>
    Promise.all(
      Array.from({ length: 200 }, async () => {
        const response = await get('/en/news')
        return { cache: response.headers.get('x-cache'), body: await response.text() }
      }),
    )

  it('renders a page once for a burst of 200 readers just after an edit, who get the new page or, for its first second, the previous one', async () => {
    await warm(['/en/news'])
    await editNews({ title: 'Headline for the burst' })
    const burst = await burstOf200()
    expect(burst.filter(({ cache }) => cache === 'MISS')).toHaveLength(1)
    const fresh = burst.filter(({ cache }) => cache === 'MISS' || cache === 'HIT')
    const previous = burst.filter(({ cache }) => cache === 'UPDATING')
    expect(fresh.length + previous.length).toBe(200)
    expect(fresh.every(({ body }) => body.includes('Headline for the burst'))).toBe(true)
    expect(previous.every(({ body }) => !body.includes('Headline for the burst'))).toBe(true)
  })

  it('makes a burst arriving over a second after an edit wait for the one render, all getting the new page', async () => {
    await warm(['/en/news'])
    await editNews({ title: 'Headline a second later' })
    // Past the window in which the previous copy may answer (pageCache.ts, updatingMs).
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    const burst = await burstOf200()
    expect(burst.filter(({ cache }) => cache === 'MISS')).toHaveLength(1)
    expect(burst.filter(({ cache }) => cache === 'HIT')).toHaveLength(199)
    expect(burst.every(({ body }) => body.includes('Headline a second later'))).toBe(true)
  })
})
