/**
 * Over HTTP against the production build: what a page says about itself in the head (editors'
 * search texts, else the content's own), old addresses of a renamed document sent on
 * permanently, redirects kept to staff and to this site, the notices as editors' pages, and the
 * sitemap listing editors' pages and sent newsletter issues.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWorld, type World } from '../support/fixtures'
import { startServer, type TestServer } from '../support/server'
import { signInOverHttp } from '../support/signIn'

let server: TestServer
let world: World
let editorToken: string
let renamed: number

beforeAll(async () => {
  server = await startServer('seo_redirects', async (payload) => {
    world = await buildWorld(payload)
    const sites = [world.sites.wayout]
    await payload.create({
      collection: 'news',
      data: { title: 'Plain story', slug: 'plain-story', summary: 'What the story says.', sites, _status: 'published' },
    })
    await payload.create({
      collection: 'news',
      data: {
        title: 'Dressed story',
        slug: 'dressed-story',
        summary: 'Not this summary.',
        meta: { title: 'A title for search', description: 'A description for search.', image: world.ids.media.image },
        sites,
        _status: 'published',
      },
    })
    renamed = (
      await payload.create({
        collection: 'pages',
        data: { title: 'Call for practitioners', slug: 'call', sites, _status: 'published' },
      })
    ).id
    await payload.update({ collection: 'pages', id: renamed, locale: 'fr', data: { title: 'Appel', slug: 'appel' } })
    await payload.create({
      collection: 'pages',
      data: { title: 'Our accessibility statement', slug: 'accessibility', body: null, sites, _status: 'published' },
    })
  })
  editorToken = await signInOverHttp(server.url, 'editor@example.test')
})
afterAll(async () => server?.stop())

const get = (path: string) => fetch(`${server.url}${path}`, { redirect: 'manual' })
const html = async (path: string) => {
  const response = await get(path)
  expect(response.status, path).toBe(200)
  return response.text()
}
const asEditor = (path: string, method: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
    body: JSON.stringify(body),
  })
const metaContent = (page: string, attribute: 'name' | 'property', key: string) =>
  page.match(new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`))?.[1]

describe('the page head', () => {
  it('says what editors set for search and sharing', async () => {
    const page = await html('/en/news/dressed-story')
    expect(page).toMatch(/<title>A title for search · /)
    expect(metaContent(page, 'name', 'description')).toBe('A description for search.')
    expect(metaContent(page, 'property', 'og:title')).toBe('A title for search')
    expect(metaContent(page, 'property', 'og:image')).toMatch(/^http:\/\/[^/]+\/.*square.*\.png$/)
  })

  it('falls back to the content’s own title and summary, and the site’s share image', async () => {
    const page = await html('/en/news/plain-story')
    expect(metaContent(page, 'name', 'description')).toBe('What the story says.')
    expect(metaContent(page, 'property', 'og:title')).toBe('Plain story')
    expect(metaContent(page, 'property', 'og:image')).toMatch(/\/en\/og\.png$/)
  })

  it('lets search engines find the search page, but not its results', async () => {
    expect(metaContent(await html('/en/search'), 'name', 'robots')).toBeUndefined()
    expect(metaContent(await html('/en/search?q=story'), 'name', 'robots')).toBe('noindex, follow')
    const rules = (await (await get('/robots.txt')).text()).split('\n').filter((line) => line.startsWith('Disallow:'))
    expect(rules).toContain('Disallow: /*/search?')
    expect(rules).not.toContain('Disallow: /*/search')
  })
})

describe('redirects', () => {
  it('send every old address of a renamed page on permanently to its new one', async () => {
    expect((await asEditor(`/api/pages/${renamed}?locale=en`, 'PATCH', { slug: 'open-call' })).status).toBe(200)
    const english = await get('/en/call')
    expect(english.status).toBe(308)
    expect(english.headers.get('location')).toBe('/en/open-call')
    expect((await get('/en/open-call')).status).toBe(200)

    expect((await asEditor(`/api/pages/${renamed}?locale=fr`, 'PATCH', { slug: 'appel-ouvert' })).status).toBe(200)
    expect((await get('/fr/appel')).headers.get('location')).toBe('/fr/appel-ouvert')
    expect((await get('/fr/appel-ouvert')).status).toBe(200)
  })

  it('made by hand apply at once, and an address that exists is never redirected', async () => {
    expect((await get('/en/old-news')).status).toBe(404)
    const made = await asEditor('/api/redirects', 'POST', {
      site: world.sites.wayout,
      from: '/en/old-news',
      to: '/en/news',
    })
    expect(made.status).toBe(201)
    const answer = await get('/en/old-news')
    expect(answer.status).toBe(308)
    expect(answer.headers.get('location')).toBe('/en/news')
  })

  it('to another host are refused with a 400 saying why', async () => {
    const refused = await asEditor('/api/redirects', 'POST', {
      site: world.sites.wayout,
      from: '/en/away',
      to: 'https://example.org/',
    })
    // The reason itself is the field's message in the admin (tests/int/redirects.test.ts).
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('The following field is invalid: To')
  })

  it('are the staff’s: the public can neither read nor write them', async () => {
    expect((await fetch(`${server.url}/api/redirects`)).status).toBe(403)
    const write = await fetch(`${server.url}/api/redirects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ site: world.sites.wayout, from: '/en/x', to: '/en/y' }),
    })
    expect(write.status).toBe(403)
  })
})

describe('notices and fixed routes', () => {
  it('show the editors’ page of the notice’s slug', async () => {
    expect(await html('/en/accessibility')).toContain('Our accessibility statement')
  })

  it('refuse a page that a fixed route would hide, saying why', async () => {
    const refused = await asEditor('/api/pages', 'POST', {
      title: 'News',
      slug: 'news',
      sites: [world.sites.wayout],
      _status: 'published',
    })
    // The reason itself is the field's message in the admin (tests/int/legal-pages.test.ts).
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toMatch(/The following field is invalid: slug/i)
  })
})

describe('the sitemap', () => {
  it('lists editors’ pages with their other languages, and sent newsletter issues only', async () => {
    const sitemap = await html('/sitemap.xml')
    expect(sitemap).toContain('/en/open-call</loc>')
    expect(sitemap).toMatch(/hreflang="fr"\s+href="http:\/\/[^"]+\/fr\/appel-ouvert"/)
    expect(sitemap).toContain('/en/newsletters/1</loc>')
    expect(sitemap).not.toContain('/en/newsletters/2</loc>')
    expect(sitemap).not.toContain('secret-draft')
  })
})
