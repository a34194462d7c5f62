/**
 * What the site keeps about a subscriber: their sign-up IP only as a hash that cannot be matched
 * with the practice submissions' (each dataset hashes under its own purpose); and after erasure
 * (their own link, or an editor deleting them), nothing: no row, job, error text or rate-limit
 * count in any table names their address or their id. Over HTTP against the built app, checked
 * through the Local API and by reading every table of the database.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCaptureServer } from '../../scripts/lib/mail-capture.mjs'
import { consentVersion } from '@/plugins/newsletter/subscribers/consent'
import { unsubscribeToken } from '@/plugins/newsletter/subscribers/tokens'
import { saltedHash } from '@/public-forms/saltedHash'

import { tableContents, tablesContaining } from '../support/databaseRows'
import { buildWorld } from '../support/fixtures'
import { startAppAndPayload, type AppAndPayload } from '../support/appAndPayload'
import { signInOverHttp } from '../support/signIn'

let capture: Awaited<ReturnType<typeof startCaptureServer>>
let server: AppAndPayload
let payload: Payload
let editorToken: string
let ipCounter = 0

beforeAll(async () => {
  capture = await startCaptureServer()
  Object.assign(process.env, { RESEND_BASE_URL: capture.url, RESEND_REQUESTS_PER_SECOND: '50', TRUST_PROXY: 'true' })
  server = await startAppAndPayload('subscriber-privacy', async (local) => void (await buildWorld(local)))
  payload = server.payload
  editorToken = await signInOverHttp(server.url, 'editor@example.test')
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await capture?.close()
})

const post = (pathname: string, body: object, ip = `10.8.${++ipCounter}.1`) =>
  fetch(`${server.url}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify(body),
  })

const signUp = (email: string, ip?: string) =>
  post('/api/public/v1/subscriptions', { email, locale: 'en', consent: true, consentVersion }, ip)

const subscriberNamed = async (email: string) =>
  (await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, depth: 0 })).docs[0]

describe('IP hashes', () => {
  it('differ between a subscriber and a practice submission from the same address', async () => {
    const ip = '10.77.0.1'
    expect((await signUp('same-ip@example.test', ip)).status).toBe(202)
    const practice = await post(
      '/api/public/v1/practice-submissions',
      {
        locale: 'en',
        title: 'Same address',
        country: 'FR',
        setting: 'prison',
        targetGroup: 'Adults',
        approach: 'Mentoring',
        contactName: 'Same Person',
        email: 'same-ip@example.test',
        consent: true,
      },
      ip,
    )
    expect(practice.status).toBe(202)
    const subscriberHash = (await subscriberNamed('same-ip@example.test')).consent?.ipHash
    const { docs } = await payload.find({ collection: 'practices', where: { title: { equals: 'Same address' } } })
    const practiceHash = docs[0].submission?.ipHash
    expect(subscriberHash).toMatch(/^[0-9a-f]{64}$/)
    expect(practiceHash).toMatch(/^[0-9a-f]{64}$/)
    expect(practiceHash).not.toBe(subscriberHash)
  })
})

/**
 * A subscriber with something in every place that could remember them: a confirmation email
 * waiting in the job queue (Resend was down), a delivery in the ledger with an error naming
 * them, and the per-address sign-up count.
 */
const subscriberEverywhere = async (email: string) => {
  capture.failNext(1, 503)
  expect((await signUp(email)).status).toBe(202)
  const subscriber = await subscriberNamed(email)
  const issue = await payload.create({
    collection: 'newsletters',
    data: { number: 500 + ipCounter, title: 'Ledger', status: 'sent' },
  })
  await payload.create({
    collection: 'newsletter-batches',
    data: {
      newsletter: issue.id,
      sequence: 1,
      locale: 'en',
      status: 'failed',
      lastError: `Resend refused ${email} and one other address`,
      deliveries: [
        { subscriber: subscriber.id, email, outcome: 'queued' },
        { email: 'stays@example.test', outcome: 'queued' },
      ],
    },
  })
  const traces = await traceOf(subscriber.id, email)
  // The starting point holds every kind of trace, so their absence later means something.
  expect(traces.tables).toEqual(
    expect.arrayContaining(['subscribers', 'newsletter_batches', 'newsletter_batches_deliveries']),
  )
  expect(traces.jobs).toBe(1)
  expect(traces.rateLimitCounts).toBe(1)
  return subscriber
}

const traceOf = async (id: number, email: string) => {
  const { docs: jobs } = await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })
  const rateLimitKey = saltedHash('rate-limit-address', email)
  const rows = await tableContents(server.database)
  return {
    tables: await tablesContaining(server.database, email),
    jobs: jobs.filter((job) => JSON.stringify(job.input ?? {}).includes(`"subscriber":"${id}"`)).length,
    deliveries: (
      await payload.find({ collection: 'newsletter-batches', where: { 'deliveries.subscriber': { equals: id } } })
    ).totalDocs,
    rateLimitCounts: Object.values(rows).filter((text) => text.includes(rateLimitKey)).length,
  }
}

const noTrace = { tables: [], jobs: 0, deliveries: 0, rateLimitCounts: 0 }

describe('erasing a subscriber', () => {
  it('by their own link leaves no trace of their address or id in any table', async () => {
    const { id } = await subscriberEverywhere('erase-me@example.test')
    const response = await post('/api/public/v1/subscriptions/erase', { token: unsubscribeToken(id) })
    expect(response.status).toBe(200)
    expect(await traceOf(id, 'erase-me@example.test')).toEqual(noTrace)
  })

  it('by an editor deleting them leaves no trace either', async () => {
    const { id } = await subscriberEverywhere('delete-me@example.test')
    const response = await fetch(`${server.url}/api/subscribers/${id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${editorToken}` },
    })
    expect(response.status).toBe(200)
    expect(await traceOf(id, 'delete-me@example.test')).toEqual(noTrace)
  })

  it('keeps the other recipients of the same batches', async () => {
    expect(await tablesContaining(server.database, 'stays@example.test')).toContain('newsletter_batches_deliveries')
  })
})
