/**
 * A sender that loses its lease on an issue (it stalled past the lease and another sender took
 * over) stops at once: the batch it had just sent stays recorded as sent, and it sends nothing
 * more, leaving the rest to the new holder. Emails go to the project's Resend-compatible capture
 * server through the real transport.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { changedRows } from '@/db/statements'
import { mailTransport, type MailTransport } from '@/mail/transport'
import { sendIssue } from '@/plugins/newsletter/sending/sender'

import { startCaptureServer } from '../../scripts/lib/mail-capture.mjs'
import { withWorld } from '../support/world'

const t = withWorld('newsletter_lease')
let capture: Awaited<ReturnType<typeof startCaptureServer>>

beforeAll(async () => {
  capture = await startCaptureServer()
  process.env.RESEND_BASE_URL = capture.url
})
afterAll(async () => {
  delete process.env.RESEND_BASE_URL
  await capture?.close()
})

describe('a newsletter sender losing its lease', () => {
  it('keeps the batch it sent recorded as sent and sends no other', async () => {
    const confirmedAt = new Date(Date.now() - 60_000).toISOString()
    for (let n = 0; n < 150; n++)
      await t.payload.create({
        collection: 'subscribers',
        data: {
          email: `lease-${n}@example.test`,
          locale: 'en',
          status: 'confirmed',
          consent: { requestedAt: confirmedAt, confirmedAt },
        },
        depth: 0,
      })
    const issue = await t.payload.create({
      collection: 'newsletters',
      data: {
        number: 700,
        title: 'Lease',
        subject: 'Lease',
        status: 'scheduled',
        scheduledFor: new Date(Date.now() - 1000).toISOString(),
      },
    })
    const real = mailTransport()
    // The real transport; after its first batch, another sender takes the issue's lease.
    const transport: MailTransport = {
      ...real,
      sendBatch: async (emails, options) => {
        const sent = await real.sendBatch(emails, options)
        await changedRows(
          t.payload,
          sql`UPDATE newsletters SET sending_lease_until = ${new Date(Date.now() + 600_000).toISOString()}
              WHERE id = ${issue.id}`,
        )
        return sent
      },
    }

    expect(await sendIssue(t.payload, issue.id, { transport })).toBe('busy')

    const { docs: batches } = await t.payload.find({
      collection: 'newsletter-batches',
      where: { newsletter: { equals: issue.id } },
      sort: 'sequence',
      depth: 0,
    })
    expect(batches.map((batch) => batch.status)).toEqual(['sent'])
    expect(capture.emails().filter((email) => email.to[0].startsWith('lease-'))).toHaveLength(100)
  })
})
