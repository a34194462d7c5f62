/**
 * While PostgreSQL is down, writes are answered 503 with a message saying so (REST, GraphQL, a
 * public form), /readyz names the database, the process stays up; once PostgreSQL is back the
 * pool reconnects and the same write succeeds. On a cluster of the test's own, never the
 * machine's server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { password } from '../support/fixtures'
import { closePayload, openPayload, testEnvironment } from '../support/payload'
import { runsOncePerRun, startPostgresCluster, type PostgresCluster } from '../support/postgresCluster'
import { serveApp, type AppProcess } from '../support/server'
import { signInOverHttp } from '../support/signIn'
import { eventually } from '../support/worker'

const unavailable = 'The database is unavailable; try again shortly.'

describe.runIf(runsOncePerRun)('a database outage', () => {
  let cluster: PostgresCluster
  let uploads: ReturnType<typeof testEnvironment>
  let app: AppProcess
  let site: number
  let token: string

  beforeAll(async () => {
    cluster = await startPostgresCluster()
    uploads = testEnvironment()
    // A site and an editor instead of the seed.
    const payload = await openPayload(cluster.url())
    site = (
      await payload.create({
        collection: 'sites',
        data: {
          key: 'wayout',
          name: 'WayOut',
          hostnames: ['localhost'],
          languages: ['en'],
          isDefault: true,
          live: true,
        },
      })
    ).id
    await payload.create({ collection: 'users', data: { email: 'editor@outage.test', password, roles: ['editor'] } })
    await closePayload(payload)
    const database = { kind: 'postgres' as const, uri: cluster.url(), drop: async () => {} }
    app = await serveApp(database, { uploads: uploads.uploads })
    token = await signInOverHttp(app.url, 'editor@outage.test')
  })

  afterAll(async () => {
    await app?.stop()
    cluster?.remove()
    uploads?.removeUploads()
  })

  const createNews = (title: string) =>
    fetch(`${app.url}/api/news`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title, slug: title.toLowerCase().replace(/\W+/g, '-'), sites: [site], _status: 'draft' }),
    })

  it('answers writes 503 while the database is down, and takes them again once it is back', async () => {
    expect((await createNews('Before the outage')).status).toBe(201)

    cluster.stop()

    const rest = await createNews('During the outage')
    expect(rest.status).toBe(503)
    expect((await rest.json()).errors[0].message).toBe(unavailable)

    const graphql = await fetch(`${app.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        query: `mutation { createNewsItem(data: { title: "Via GraphQL", slug: "via-graphql" }) { id } }`,
      }),
    })
    // Refused while signing the editor in (a 503), or by the mutation (a GraphQL error saying 503).
    const { errors } = await graphql.json()
    expect(errors[0].message).toBe(unavailable)
    expect(graphql.status === 503 || errors[0].extensions?.statusCode === 503).toBe(true)

    const form = await fetch(`${app.url}/api/public/v1/subscriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'reader@outage.test', locale: 'en', consent: true }),
    })
    expect(form.status).toBe(503)
    expect(form.headers.get('retry-after')).toBeTruthy()
    expect((await form.json()).error).toMatchObject({ code: 'database_unavailable', detail: unavailable })

    const readiness = await fetch(`${app.url}/readyz`)
    expect(readiness.status).toBe(503)
    expect((await readiness.json()).checks.database.ok).toBe(false)
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200)

    cluster.start()
    await eventually('writes accepted again', async () => (await createNews('After the outage')).status === 201)
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200)
    const titles = await fetch(`${app.url}/api/news?limit=10&draft=true`, {
      headers: { authorization: `JWT ${token}` },
    }).then(async (response) => (await response.json()).docs.map((doc: { title: string }) => doc.title))
    expect(titles).toEqual(expect.arrayContaining(['Before the outage', 'After the outage']))
    expect(titles).not.toContain('During the outage')
  })
})
