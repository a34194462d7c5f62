/**
 * Private fields: personal data inside documents that are otherwise public (a published
 * practice's contact person and submission record). The access policy names them
 * (`privateFields` in src/access/policy.ts); only staff read them, by every way in: REST and
 * GraphQL over HTTP, the Local API without override, the public API, relationships, joins and
 * version history, and queries or sorts that would use them as an oracle.
 */
import { Forbidden, QueryError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWorld, type World } from '../support/fixtures'
import { startAppAndPayload, type AppAndPayload } from '../support/appAndPayload'
import { signInOverHttp } from '../support/signIn'

const contact = { name: 'Rosa Private', organisation: 'Open Prison Service', email: 'rosa.private@example.org' }
const ipHash = 'f'.repeat(64)
/** What must never reach anyone but staff. */
const secrets = [contact.name, contact.email, ipHash]

let server: AppAndPayload
let payload: Payload
let world: World
let practiceId: number
const tokens: Record<string, string> = {}

beforeAll(async () => {
  server = await startAppAndPayload('private-fields', async (local) => {
    world = await buildWorld(local)
    const practice = await local.create({
      collection: 'practices',
      data: {
        title: 'Published with a contact',
        country: 'FR',
        setting: ['prison'],
        targetGroup: 'Adults',
        approach: 'Mentoring',
        sites: [world.sites.practices],
        moderationStatus: 'published',
        contact,
        submittedBy: world.users.partner.id,
        submission: { receivedAt: new Date().toISOString(), locale: 'en', consentVersion: 'v1', ipHash },
      },
      depth: 0,
    })
    practiceId = practice.id
  })
  payload = server.payload
  for (const role of ['partner', 'editor'] as const)
    tokens[role] = await signInOverHttp(server.url, `${role}@example.test`)
})
afterAll(async () => server?.stop())

type Role = 'partner' | 'editor'
const as = (role?: Role): HeadersInit => (role ? { authorization: `JWT ${tokens[role]}` } : {})

const get = async (path: string, role?: Role) => {
  const response = await fetch(`${server.url}${path}`, { headers: as(role) })
  return { status: response.status, text: await response.text() }
}

const graphql = async (query: string, role?: Role) => {
  const response = await fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...as(role) },
    body: JSON.stringify({ query }),
  })
  return { status: response.status, text: await response.text() }
}

const leaks = (text: string) => secrets.filter((secret) => text.includes(secret))

describe('the policy’s table of private fields', () => {
  it('names the practice’s contact person, its submission record and its submitter, not the public organisation', async () => {
    const { privateFields } = await import('@/access/policy')
    expect(privateFields.practices).toEqual(
      expect.arrayContaining(['contact.name', 'contact.email', 'submission', 'submittedBy']),
    )
    expect(privateFields.practices).not.toContain('contact.organisation')
  })
})

describe('REST over HTTP', () => {
  it('shows the public a published practice without its contact person or submission record', async () => {
    for (const path of ['/api/practices?depth=0', '/api/practices?depth=2', `/api/practices/${practiceId}?depth=2`]) {
      const { status, text } = await get(path)
      expect(status, path).toBe(200)
      expect(text, path).toContain('Published with a contact')
      expect(text, path).toContain(contact.organisation)
      expect(leaks(text), path).toEqual([])
      expect(JSON.parse(text).docs?.[0] ?? JSON.parse(text), path).not.toHaveProperty('submittedBy')
    }
  })

  it('leaves them out even when a query selects them by name', async () => {
    const { status, text } = await get(
      `/api/practices/${practiceId}?select[contact]=true&select[submission]=true&select[submittedBy]=true`,
    )
    expect(status).toBe(200)
    expect(JSON.parse(text)).toEqual({ id: practiceId, contact: { organisation: contact.organisation } })
  })

  it('keeps them from a partner too, even one credited with the practice', async () => {
    const { status, text } = await get(`/api/practices/${practiceId}?depth=2`, 'partner')
    expect(status).toBe(200)
    expect(leaks(text)).toEqual([])
    expect(JSON.parse(text)).not.toHaveProperty('submittedBy')
  })

  it('refuses queries and sorts on private fields, which would reveal them letter by letter', async () => {
    for (const path of [
      '/api/practices?where[contact.email][like]=rosa',
      '/api/practices?where[contact.name][exists]=true',
      `/api/practices?where[submission.ipHash][equals]=${ipHash}`,
      `/api/practices?where[submittedBy][equals]=${world.users.partner.id}`,
      '/api/practices?sort=contact.email',
    ]) {
      const { status, text } = await get(path)
      expect(status, path).toBeGreaterThanOrEqual(400)
      expect(status, path).toBeLessThan(500)
      expect(leaks(text), path).toEqual([])
    }
  })

  it('has no version history of practices to read them from', async () => {
    const { status, text } = await get('/api/practices/versions')
    expect([400, 403, 404]).toContain(status)
    expect(leaks(text)).toEqual([])
  })

  it('shows staff the contact person and the submission record', async () => {
    const { status, text } = await get(`/api/practices/${practiceId}?depth=0`, 'editor')
    expect(status).toBe(200)
    expect(JSON.parse(text)).toMatchObject({
      contact,
      submission: { ipHash },
      submittedBy: world.users.partner.id,
    })
  })
})

describe('GraphQL over HTTP', () => {
  const query = `{ Practices { docs { title contact { name organisation email } submission { ipHash } submittedBy { email } } } }`

  it('answers the public with the organisation only', async () => {
    const { text } = await graphql(query)
    expect(text).toContain('Published with a contact')
    expect(text).toContain(contact.organisation)
    expect(leaks(text)).toEqual([])
    expect(text).not.toContain('partner@example.test')
  })

  it('refuses a where query on the contact’s address', async () => {
    const { text } = await graphql('{ Practices(where: { contact__email: { like: "rosa" } }) { docs { title } } }')
    expect(text).not.toContain('Published with a contact')
    expect(JSON.parse(text).errors?.length).toBeGreaterThan(0)
  })

  it('answers staff with everything', async () => {
    const { text } = await graphql(query, 'editor')
    expect(text).toContain(contact.email)
    expect(text).toContain(ipHash)
  })
})

describe('Local API without override', () => {
  const read = (user: 'partner' | null, depth = 2) =>
    payload.findByID({
      collection: 'practices',
      id: practiceId,
      depth,
      overrideAccess: false,
      user: user ? world.users[user] : null,
    })

  it('gives the anonymous public and a partner no contact person, submission or submitter', async () => {
    for (const who of [null, 'partner'] as const) {
      const doc = await read(who)
      expect(doc.contact).toEqual({ organisation: contact.organisation })
      expect(doc).not.toHaveProperty('submission')
      expect(doc).not.toHaveProperty('submittedBy')
    }
  })

  it('gives staff the whole record', async () => {
    const doc = await payload.findByID({
      collection: 'practices',
      id: practiceId,
      depth: 0,
      overrideAccess: false,
      user: world.users.editor,
    })
    expect(doc).toMatchObject({ contact, submission: { ipHash }, submittedBy: world.users.partner.id })
  })

  it('refuses a where query on a private field', async () => {
    await expect(
      payload.find({ collection: 'practices', where: { 'contact.email': { like: 'rosa' } }, overrideAccess: false }),
    ).rejects.toBeInstanceOf(QueryError)
  })

  it('does not let the public list the distinct submitters', async () => {
    await expect(
      payload.findDistinct({ collection: 'practices', field: 'submittedBy', overrideAccess: false }),
    ).rejects.toBeInstanceOf(Forbidden)
  })
})

describe('through relationships, joins and the public API', () => {
  it('gives the public no user through a practice’s submitter, at any depth', async () => {
    const { text } = await get('/api/practices?depth=3')
    expect(text).not.toContain('partner@example.test')
  })

  it('lists only public deliverables in a work package’s join', async () => {
    const { text } = await get(`/api/work-packages/${world.ids['work-packages'].wp1}?depth=1`)
    expect(text).toContain('D2.1')
    expect(text).not.toContain('D3.2')
  })

  it('has no practice or personal data in any answer of the public API', async () => {
    for (const path of ['project', 'news', 'events', 'partners', 'deliverables', 'categories', 'practices']) {
      const { text } = await get(`/api/public/v1/${path}?site=practices`)
      expect(leaks(text), path).toEqual([])
      expect(text, path).not.toContain('Published with a contact')
    }
  })
})
