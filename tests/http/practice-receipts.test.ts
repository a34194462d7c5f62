/**
 * A practice submission as a stranger can abuse it: the receipt goes to whatever address the
 * form names, so it must carry nothing the sender typed (else the server relays their text to
 * anyone); and a submission changes nothing public, so it must leave the public caches alone,
 * while publishing one drops the pages that list practices. Over HTTP against the built app, with the capture mail server.
 */
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCaptureServer } from '../../scripts/lib/mail-capture.mjs'

import { buildWorld } from '../support/fixtures'
import { startServer, type TestServer } from '../support/server'
import { signInOverHttp } from '../support/signIn'

let capture: Awaited<ReturnType<typeof startCaptureServer>>
let server: TestServer
let editorToken: string
let ipCounter = 0

beforeAll(async () => {
  capture = await startCaptureServer()
  Object.assign(process.env, { RESEND_BASE_URL: capture.url, RESEND_REQUESTS_PER_SECOND: '50', TRUST_PROXY: 'true' })
  server = await startServer('practice-receipts', async (payload) => void (await buildWorld(payload)))
  editorToken = await signInOverHttp(server.url, 'editor@example.test')
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await capture?.close()
})

const typed = {
  title: 'You won 5000 EUR, claim it at https://evil.example/claim',
  targetGroup: 'Visit evil.example now',
  approach: 'Send your bank details to https://evil.example/bank',
  contactName: 'Prize Department evil.example',
  organisation: 'Lottery evil.example',
}

const submit = (email: string) =>
  fetch(`${server.url}/api/public/v1/practice-submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${++ipCounter}.1` },
    body: JSON.stringify({ locale: 'en', country: 'FR', setting: 'prison', email, consent: true, ...typed }),
  })

/** The repository's home page, which lists the published practices (node:http: fetch cannot set Host). */
const page = () =>
  new Promise<string | undefined>((resolve, reject) => {
    http
      .get(`${server.url}/en`, { headers: { host: 'practices.localhost' } }, (response) => {
        response.resume()
        response.on('end', () => resolve(response.headers['x-cache'] as string | undefined))
      })
      .on('error', reject)
  })

/** The front cache stores a page once its response has finished: ask until it answers from memory. */
const cached = async () => {
  for (let attempt = 0; attempt < 20; attempt++) {
    if ((await page()) === 'HIT') return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the home page never came from the front cache')
}

describe('the receipt of a practice submission', () => {
  it('carries nothing the sender typed, so it cannot relay a stranger’s text', async () => {
    expect((await submit('victim@example.test')).status).toBe(202)
    const [receipt] = capture.emails({ to: 'victim@example.test' })
    expect(receipt).toBeDefined()
    const sent = JSON.stringify([receipt.subject, receipt.html, receipt.text])
    expect(sent).not.toMatch(/evil\.example|5000|Prize|Lottery/)
  })

  it('still tells the editors what was submitted', async () => {
    const [notice] = capture.emails({ to: 'editor@example.test' })
    expect(notice.subject).toContain(typed.title)
  })
})

describe('the public caches and a submission', () => {
  it('keep serving cached pages after a submission, which changes nothing public', async () => {
    await cached()
    expect((await submit('someone@example.test')).status).toBe(202)
    expect(await page()).toBe('HIT')
  })

  it('drop the repository pages when an editor publishes the practice', async () => {
    const listed = await fetch(`${server.url}/api/practices?where[moderationStatus][equals]=submitted&limit=1`, {
      headers: { authorization: `JWT ${editorToken}` },
    })
    const [practice] = (await listed.json()).docs
    await cached()
    const published = await fetch(`${server.url}/api/practices/${practice.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editorToken}` },
      body: JSON.stringify({ moderationStatus: 'published' }),
    })
    expect(published.status).toBe(200)
    expect(await page()).toBe('MISS')
  })
})
