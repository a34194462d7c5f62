/**
 * Two app instances behind Debian's nginx, as deploy/DEPLOY.md runs the site: one PostgreSQL
 * database, a Redis of their own carrying cache invalidation, uploads in the local S3-compatible
 * server, two job workers. What a reader and an editor must not notice: which instance answers.
 * On a PostgreSQL cluster of the suite's own, as production runs on PostgreSQL whatever database
 * the test project uses.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCaptureServer } from '../../scripts/lib/mail-capture.mjs'

import { startCluster, type Cluster } from '../support/cluster/cluster'
import { editorOf } from '../support/cluster/accounts'
import { editingOn } from '../support/cluster/editing'
import { startRedis, type RedisServer } from '../support/cluster/redisServer'
import { startStorage, type Storage } from '../support/cluster/storage'
import { type TestDatabase } from '../support/database'
import { startPostgresCluster, type PostgresCluster } from '../support/postgresCluster'

describe('two instances behind nginx', () => {
  let postgres: PostgresCluster
  let database: TestDatabase
  let redis: RedisServer
  let storage: Storage
  let capture: Awaited<ReturnType<typeof startCaptureServer>>
  let cluster: Cluster
  let editor: { token: string; siteId: number }

  beforeAll(async () => {
    postgres = await startPostgresCluster()
    database = { kind: 'postgres', uri: postgres.url(), drop: async () => {} }
    ;[redis, storage, capture] = await Promise.all([startRedis(), startStorage(), startCaptureServer()])
    cluster = await startCluster(database, {
      env: { REDIS_URL: redis.url, RESEND_BASE_URL: capture.url, ...storage.env },
      workers: 2,
    })
    editor = await editorOf(cluster.url)
  })

  afterAll(async () => {
    await cluster?.stop()
    await Promise.all([redis?.stop(), storage?.destroy(), capture?.close()])
    postgres?.remove()
  })

  const [a, b] = [0, 1]
  const origin = (instance: number) => cluster.instances[instance].url
  const page = async (instance: number, path: string) => {
    const response = await fetch(`${origin(instance)}${path}`)
    return { status: response.status, cache: response.headers.get('x-cache'), html: await response.text() }
  }

  it('shows an edit made through instance A on both instances at the next request', async () => {
    const created = await editingOn(origin(a), editor.token).create('news', {
      title: 'Cluster first title',
      sites: [editor.siteId],
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const { id, slug } = created.body.doc as { id: number; slug: string }
    const path = `/en/news/${slug}`
    // Both instances hold the page in their caches before the edit. (A render that began before
    // the instance heard of the creation is not kept: the next read renders again.)
    for (const instance of [a, b]) {
      let read = await page(instance, path)
      for (let n = 0; n < 5 && read.cache !== 'HIT'; n++) read = await page(instance, path)
      expect(read).toMatchObject({ status: 200, cache: 'HIT' })
    }

    const edited = await editingOn(origin(a), editor.token).update('news', id, { title: 'Cluster second title' })
    expect(edited.status).toBe(200)
    for (const instance of [a, b]) {
      const after = await page(instance, path)
      expect(after.html, `instance ${instance === a ? 'A' : 'B'}`).toContain('Cluster second title')
      expect(after.html).not.toContain('Cluster first title')
    }
  })

  it('lets nginx keep public pages, never what a signed-in editor, the admin or the APIs answer', async () => {
    const status = async (path: string, headers: Record<string, string> = {}) =>
      (await fetch(`${cluster.url}${path}`, { headers, redirect: 'manual' })).headers.get('x-proxy-cache')
    // A URL no one asked before: stored by the first anonymous read, answered from the store by the next.
    const fresh = () => `/en/search?q=reader${Math.random().toString(36).slice(2, 8)}`
    const anonymous = fresh()
    expect(await status(anonymous)).toBe('MISS')
    expect(await status(anonymous)).toBe('HIT')
    // What a signed-in editor is answered is never stored for the readers after them.
    const afterEditor = fresh()
    expect(await status(afterEditor, { cookie: `payload-token=${editor.token}` })).toBe('BYPASS')
    expect(await status(afterEditor)).toBe('MISS')
    expect(await status('/en/news', { cookie: `payload-token=${editor.token}` })).toBe('BYPASS')
    expect(await status('/en/news', { authorization: `JWT ${editor.token}` })).toBe('BYPASS')
    for (const path of ['/admin', '/api/news', '/api/users/me']) expect(await status(path), path).toBeNull()
  })

  it('serves a file uploaded through instance A from instance B (no local disk shared)', async () => {
    const uploaded = await editingOn(origin(a), editor.token).uploadPdf('cluster-public.pdf', false)
    expect(uploaded.status).toBe(201)
    const filename = uploaded.body.doc!.filename
    const fromB = await editingOn(origin(b), editor.token).download(filename, false)
    expect(fromB.status).toBe(200)
    expect(fromB.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await fromB.arrayBuffer())
        .subarray(0, 8)
        .toString('latin1'),
    ).toBe('%PDF-1.4')
    expect((await fetch(`${cluster.url}/api/documents/file/${filename}`)).status).toBe(200)
  })

  it('refuses a restricted (SEN) file to the public on every instance and through nginx, and serves it to the editor', async () => {
    const uploaded = await editingOn(origin(a), editor.token).uploadPdf('cluster-sensitive.pdf', true)
    expect(uploaded.status).toBe(201)
    const filename = uploaded.body.doc!.filename
    for (const url of [origin(a), origin(b), cluster.url]) {
      const anonymous = await editingOn(url, editor.token).download(filename, false)
      expect([403, 404], url).toContain(anonymous.status)
      expect(anonymous.headers.get('content-type') ?? '').not.toContain('application/pdf')
    }
    const signedIn = await editingOn(origin(b), editor.token).download(filename, true)
    expect(signedIn.status).toBe(200)
    // Its address is the app's, behind the access check: never one in the bucket.
    const url = (uploaded.body.doc as { url?: string }).url ?? ''
    expect(url).toContain(`/api/documents/file/${filename}`)
    expect(url).not.toContain(storage.endpoint)
  })

  it('sends a scheduled newsletter to N subscribers exactly N times with two instances and two workers', async () => {
    const subscribers = 25
    const client = new pg.Client({ connectionString: database.uri })
    await client.connect()
    try {
      for (let n = 0; n < subscribers; n++)
        await client.query(
          `INSERT INTO subscribers (email, locale, status, consent_confirmed_at, updated_at, created_at)
           VALUES ($1, 'en', 'confirmed', now(), now(), now())`,
          [`reader-${n}@example.test`],
        )
    } finally {
      await client.end()
    }
    const editing = editingOn(cluster.url, editor.token)
    const issue = await editing.create('newsletters', {
      number: 501,
      title: 'Cluster issue',
      subject: 'Sent once',
      status: 'draft',
    })
    expect(issue.status).toBe(201)
    const id = (issue.body.doc as { id: number }).id
    const scheduled = await fetch(`${cluster.url}/api/newsletters/${id}/schedule`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor.token}` },
      // A few seconds ahead: the workers' queues send it, the instances (JOBS=worker) only queue it.
      body: JSON.stringify({ at: new Date(Date.now() + 3000).toISOString() }),
    })
    expect(scheduled.status).toBe(200)

    const status = async () =>
      (
        (await (
          await fetch(`${cluster.url}/api/newsletters/${id}?depth=0`, {
            headers: { authorization: `JWT ${editor.token}` },
          })
        ).json()) as { status: string }
      ).status
    // Until sent or failed, for at most two minutes.
    const deadline = Date.now() + 120_000
    let last = await status()
    while (!['sent', 'failed'].includes(last) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      last = await status()
    }
    expect(last, 'the newsletter once sending ended or after two minutes').toBe('sent')
    const received = capture.emails().filter((email) => email.subject === 'Sent once')
    expect(received).toHaveLength(subscribers)
    expect(new Set(received.flatMap((email) => email.to)).size).toBe(subscribers)
  }, 180_000)
})
