/**
 * The same access rules over real HTTP, against the production build: Payload's REST API at
 * /api and GraphQL at /api/graphql, as anonymous visitors, partners and editors use them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWorld, samplePng, type World } from '../support/fixtures'
import { startServer, type TestServer } from '../support/server'
import { signInOverHttp } from '../support/signIn'

let server: TestServer
let world: World
const tokens: Record<string, string> = {}

beforeAll(async () => {
  server = await startServer('http', async (payload) => {
    world = await buildWorld(payload)
  })
  for (const role of ['partner', 'editor', 'admin'] as const)
    tokens[role] = await signInOverHttp(server.url, `${role}@example.test`)
})
afterAll(async () => server?.stop())

const as = (role?: 'partner' | 'editor' | 'admin'): HeadersInit =>
  role ? { authorization: `JWT ${tokens[role]}` } : {}

const rest = async (path: string, role?: 'partner' | 'editor') => {
  const response = await fetch(`${server.url}/api${path}`, { headers: as(role) })
  return { status: response.status, body: await response.json().catch(() => null) }
}

const titles = (body: { docs?: { title?: string }[] } | null) => (body?.docs ?? []).map((doc) => doc.title).sort()

const graphql = async (query: string, role?: 'partner' | 'editor') => {
  const response = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...as(role) },
    body: JSON.stringify({ query }),
  })
  return (await response.json()) as {
    data?: Record<string, { docs: Record<string, unknown>[] } | null>
    errors?: { message: string }[]
  }
}

describe('REST', () => {
  it('shows the public only published news on live sites, with or without draft=true', async () => {
    expect(titles((await rest('/news')).body)).toEqual(['news public'])
    expect(titles((await rest('/news?draft=true')).body)).toEqual(['news public'])
  })

  it('finds no drafts for the public, whatever the where query asks', async () => {
    for (const query of [
      '/news?draft=true&where[_status][equals]=draft',
      '/news?draft=true&where[title][like]=secret',
      `/news?draft=true&where[sites][contains]=${world.sites.practices}`,
      `/events?draft=true&where[sites][contains]=${world.sites.practices}`,
      '/pages?draft=true&where[or][0][_status][equals]=draft&where[or][1][_status][exists]=true',
    ]) {
      const { status, body } = await rest(query)
      expect(status, query).toBe(200)
      expect(
        titles(body).filter((title) => /secret|staging/.test(title!)),
        query,
      ).toEqual([])
    }
  })

  it('answers 404 for a draft asked by id, and 403 for version history', async () => {
    expect((await rest(`/news/${world.ids.news['draft on wayout']}?draft=true`)).status).toBe(404)
    expect((await rest('/news/versions')).status).toBe(403)
  })

  it('lets an editor see drafts', async () => {
    expect(titles((await rest('/news?draft=true&limit=50', 'editor')).body)).toHaveLength(4)
  })

  it('hides SEN deliverables from the public and shows them to partners', async () => {
    expect((await rest('/deliverables?where[disseminationLevel][equals]=SEN')).body.docs).toEqual([])
    expect((await rest('/deliverables?where[code][equals]=D3.2')).body.docs).toEqual([])
    expect((await rest('/deliverables?where[disseminationLevel][equals]=SEN', 'partner')).body.docs).toHaveLength(1)
  })

  it('serves a restricted PDF to partners only, and public PDFs to everyone', async () => {
    const file = (name: string, role?: 'partner') =>
      fetch(`${server.url}/api/documents/file/${name}`, { headers: as(role) })
    expect([403, 404]).toContain((await file('sensitive-report.pdf')).status)
    const forPartner = await file('sensitive-report.pdf', 'partner')
    expect(forPartner.status).toBe(200)
    expect(forPartner.headers.get('content-type')).toBe('application/pdf')
    expect((await file('public-report.pdf')).status).toBe(200)
  })

  it('never lets the public read subscribers or users, even with a where query', async () => {
    for (const path of [
      '/subscribers',
      '/subscribers?where[email][like]=reader',
      '/users',
      `/users/${world.ids.users.admin}`,
      '/users?where[roles][contains]=admin',
    ]) {
      const { status, body } = await rest(path)
      expect(status, path).toBe(403)
      expect(JSON.stringify(body)).not.toMatch(/example\.test/)
    }
  })

  it('does not let a partner read subscribers', async () => {
    expect((await rest('/subscribers', 'partner')).status).toBe(403)
  })

  it('lets only staff run the job queue (scheduled publishing)', async () => {
    expect((await rest('/payload-jobs/run')).status).toBe(401)
    expect((await rest('/payload-jobs/run', 'partner')).status).toBe(401)
    expect((await rest('/payload-jobs/run', 'editor')).status).toBe(200)
  })

  it('shows the public published practices only', async () => {
    expect(titles((await rest('/practices')).body)).toEqual(['Published practice'])
  })

  it('treats SQL in a query value as text', async () => {
    const { status, body } = await rest(`/news?where[title][like]=${encodeURIComponent("' OR 1=1 --")}`)
    expect(status).toBe(200)
    expect(body.docs).toEqual([])
  })
})

describe('GraphQL', () => {
  it('shows the public only published news, even when it asks for drafts', async () => {
    const result = await graphql('{ News(draft: true, where: { _status: { equals: draft } }) { docs { title } } }')
    expect(result.data?.News?.docs).toEqual([])
    const all = await graphql('{ News(draft: true, limit: 50) { docs { title } } }')
    expect(all.data?.News?.docs.map((doc) => doc.title)).toEqual(['news public'])
  })

  it('shows SEN deliverables to partners only', async () => {
    const query = '{ Deliverables { docs { code } } }'
    expect((await graphql(query)).data?.Deliverables?.docs).toEqual([{ code: 'D2.1' }])
    expect((await graphql(query, 'partner')).data?.Deliverables?.docs.map((doc) => doc.code).sort()).toEqual([
      'D2.1',
      'D3.2',
    ])
  })

  it('refuses subscribers and users to the public', async () => {
    for (const query of ['{ Subscribers { docs { email } } }', '{ Users { docs { email } } }']) {
      const result = await graphql(query)
      expect(result.errors?.[0]?.message, query).toMatch(/not allowed/i)
      expect(JSON.stringify(result.data ?? {})).not.toMatch(/example\.test/)
    }
  })
})

describe('refusals over REST', () => {
  const errorOf = async (response: Response) => ({
    status: response.status,
    message: ((await response.json()) as { errors: { message: string }[] }).errors[0].message,
  })

  it('say why a site that still has content cannot be deleted', async () => {
    const response = await fetch(`${server.url}/api/sites/${world.sites.wayout}`, {
      method: 'DELETE',
      headers: as('admin'),
    })
    const refusal = await errorOf(response)
    expect(refusal.status).toBe(409)
    expect(refusal.message).toMatch(
      /^This site still has \d+ \S+ item\(s\): move them to another site or delete them first\.$/,
    )
  })

  it("say that a file over its collection's limit is too large", async () => {
    const oversized = Buffer.concat([await samplePng(), Buffer.alloc(11 * 1024 * 1024)])
    const form = new FormData()
    form.append('file', new Blob([oversized], { type: 'image/png' }), 'big.png')
    form.append('_payload', JSON.stringify({ alt: 'Too big' }))
    const response = await fetch(`${server.url}/api/media`, { method: 'POST', headers: as('editor'), body: form })
    expect(await errorOf(response)).toEqual({ status: 413, message: 'The file is too large: the limit is 10 MB.' })
  })
})
