/**
 * Jobs run exactly once when several `npm run worker` processes share one PostgreSQL database:
 * a newsletter reaches each subscriber once, even when the worker sending it is stopped half-way
 * and another takes over; confirmation emails queued for the same moment go out once each, and
 * documents scheduled for the same moment are published once each.
 * The capture server stands in for Resend. Several workers need PostgreSQL: a cluster of the test's own.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCaptureServer } from '../../scripts/lib/mail-capture.mjs'

import { buildWorld } from '../support/fixtures'
import { closePayload, openPayload, testEnvironment } from '../support/payload'
import { runsOncePerRun, startPostgresCluster, type PostgresCluster } from '../support/postgresCluster'
import { buildWorker, eventually, startWorker, type WorkerProcess } from '../support/worker'

type Capture = Awaited<ReturnType<typeof startCaptureServer>>

const domain = '@workers.example.test'
const mailTo = (capture: Capture) => capture.emails().filter((email) => email.to[0].endsWith(domain))

describe.runIf(runsOncePerRun)('jobs with two workers on one database', () => {
  let cluster: PostgresCluster
  let removeUploads: () => void
  let payload: Payload
  let capture: Capture
  const workers: WorkerProcess[] = []
  const worker = async () => {
    const started = await startWorker(cluster.url(), { RESEND_BASE_URL: capture.url, JOBS_POLL_SECONDS: '0.2' })
    workers.push(started)
    return started
  }

  beforeAll(async () => {
    buildWorker()
    capture = await startCaptureServer()
    cluster = await startPostgresCluster()
    removeUploads = testEnvironment().removeUploads
    payload = await openPayload(cluster.url())
    await buildWorld(payload)
  })

  afterAll(async () => {
    await Promise.all(workers.map((running) => running.stop()))
    if (payload) await closePayload(payload)
    cluster?.remove()
    removeUploads?.()
    await capture?.close()
  })

  it('sends a newsletter to N subscribers as exactly N emails, when the sending worker stops half-way', async () => {
    const confirmedAt = new Date(Date.now() - 60_000).toISOString()
    const subscribers = Array.from({ length: 450 }, (_, n) => ({
      email: `reader-${n}${domain}`,
      locale: (['en', 'fr'] as const)[n % 2],
      status: 'confirmed' as const,
      consent: { requestedAt: confirmedAt, confirmedAt },
    }))
    for (const data of subscribers) await payload.create({ collection: 'subscribers', data, depth: 0 })
    // Slow enough that the send spans several seconds: five batches of at most 100.
    capture.settings({ delayMs: 1500 })

    const pair = [await worker(), await worker()]
    // Only what the workers log from here on tells which one claimed the sending job.
    const before = pair.map((running) => running.output().length)
    const issue = await payload.create({
      collection: 'newsletters',
      data: {
        number: 900,
        title: 'Two workers',
        subject: 'Sent once',
        status: 'scheduled',
        scheduledFor: new Date(Date.now() - 1000).toISOString(),
      },
    })
    await eventually('the first batch', () => mailTo(capture).length >= 100)
    // The worker that claimed the sending job is stopped; the other must finish the issue.
    const claimed = pair.filter((running, n) => running.output().slice(before[n]).includes('Running 1 jobs'))
    if (claimed.length !== 1)
      throw new Error(`expected exactly one worker to have claimed the sending job, ${claimed.length} ran a job`)
    const [sending] = claimed
    const other = pair[1 - pair.indexOf(sending)]
    expect(await sending.stop()).toBe(0)
    expect(sending.output()).toContain('stopped between two batches')
    await eventually(
      'the issue sent',
      async () => (await payload.findByID({ collection: 'newsletters', id: issue.id })).status === 'sent',
    )

    const received = mailTo(capture).map((email) => email.to[0])
    expect(received).toHaveLength(subscribers.length)
    expect(new Set(received).size).toBe(subscribers.length)
    expect(other.process.exitCode).toBeNull()
  }, 180_000)

  it('runs confirmation jobs due at the same moment once each, with two workers claiming', async () => {
    capture.settings({ delayMs: 0 })
    capture.clear()
    while (workers.filter((running) => running.process.exitCode === null).length < 2) await worker()
    const requestedAt = new Date().toISOString()
    const due = new Date(Date.now() + 10_000)
    const pending = []
    for (let n = 0; n < 40; n++) {
      const subscriber = await payload.create({
        collection: 'subscribers',
        data: { email: `pending-${n}${domain}`, locale: 'en', status: 'pending', consent: { requestedAt } },
        depth: 0,
      })
      pending.push(subscriber.email)
      await payload.jobs.queue({
        task: 'sendConfirmation',
        input: { subscriber: String(subscriber.id), requestedAt, origin: 'http://localhost:3000' },
        waitUntil: due,
      })
    }
    await eventually('every confirmation job done', async () => {
      const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'default' } } })
      return totalDocs === 0
    })
    const received = mailTo(capture).map((email) => email.to[0])
    expect(received.sort()).toEqual(pending.sort())
  }, 120_000)

  it('publishes documents scheduled for the same moment once each, with two workers claiming', async () => {
    while (workers.filter((running) => running.process.exitCode === null).length < 2) await worker()
    const site = (await payload.find({ collection: 'sites', limit: 1, depth: 0 })).docs[0].id
    const due = new Date(Date.now() + 10_000)
    const scheduled: number[] = []
    for (let n = 0; n < 20; n++) {
      const news = await payload.create({
        collection: 'news',
        data: { title: `Scheduled ${n}`, slug: `scheduled-${n}`, sites: [site], _status: 'draft' },
        draft: true,
        depth: 0,
      })
      scheduled.push(news.id)
      // What the admin's "Schedule publish" queues: Payload's own schedulePublish task.
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'news', value: news.id } },
        waitUntil: due,
      })
    }
    await eventually('every scheduled publish done', async () => {
      const { totalDocs } = await payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'default' } } })
      return totalDocs === 0
    })
    // Each document was published by exactly one run: one published version, not two.
    for (const id of scheduled) {
      const { totalDocs } = await payload.countVersions({
        collection: 'news',
        where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      })
      expect(totalDocs, `published versions of news ${id}`).toBe(1)
    }
  }, 120_000)
})
