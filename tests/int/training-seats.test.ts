/**
 * Seats are exact under load, on every database: thirty people confirming at once for twenty-five
 * seats give twenty-five registered and five waiting; a cancellation gives its seat to exactly
 * the first in line, who is told by email. The capture server stands in for Resend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCaptureServer } from '../../scripts/lib/mail-capture.mjs'

import { cancelRegistration, confirmRegistration, register } from '@/plugins/training/registration/lifecycle'

import { withWorld } from '../support/world'

type Capture = Awaited<ReturnType<typeof startCaptureServer>>

const t = withWorld('training-seats')
const origin = 'http://wayout.localhost:3000'
const domain = '@seats.example.test'
const day = 24 * 60 * 60 * 1000

const linkIn = (text: string | undefined, page: 'confirm' | 'participant') => {
  const match = text?.match(new RegExp(`/training/${page}\\?token=([^\\s)\\]]+)`))
  if (!match) throw new Error(`no ${page} link in ${text}`)
  return decodeURIComponent(match[1])
}

describe('training seats', () => {
  let capture: Capture
  let edition: number
  const mailTo = (address: string) => capture.emails().filter((email) => email.to[0] === address)
  const statusCount = async (status: 'registered' | 'waiting' | 'cancelled' | 'pending') =>
    (
      await t.payload.count({
        collection: 'registrations',
        where: { edition: { equals: edition }, status: { equals: status } },
      })
    ).totalDocs

  beforeAll(async () => {
    capture = await startCaptureServer()
    process.env.RESEND_BASE_URL = capture.url
    const course = await t.payload.create({
      collection: 'courses',
      data: { title: 'Seats course', slug: 'seats-course', completionRule: 'all-sessions' },
    })
    const starts = new Date(Date.now() + 30 * day).toISOString()
    edition = (
      await t.payload.create({
        collection: 'course-editions',
        data: {
          course: course.id,
          title: 'Seats edition',
          slug: 'seats-edition',
          capacity: 25,
          online: true,
          joiningUrl: 'https://meet.example.test/seats',
          sessions: [{ startsAt: starts, startsAt_tz: 'Europe/Brussels', allDay: true }],
        },
      })
    ).id
  })

  afterAll(async () => {
    delete process.env.RESEND_BASE_URL
    await capture?.close()
  })

  it('gives 25 seats to the first 25 of 30 simultaneous registrations, and puts 5 on the waiting list', async () => {
    const people = Array.from({ length: 30 }, (_, n) => `person-${n}${domain}`)
    await Promise.all(
      people.map((email, n) =>
        register(t.payload, {
          edition,
          name: `Person ${n}`,
          email,
          country: 'PT',
          role: 'probation-officer',
          locale: n % 2 ? 'fr' : 'en',
          ipHash: 'test',
          origin,
        }),
      ),
    )
    expect(await statusCount('pending')).toBe(30)
    const tokens = people.map((email) => linkIn(mailTo(email)[0]?.text, 'confirm'))
    const outcomes = await Promise.all(tokens.map((token) => confirmRegistration(t.payload, token, origin)))

    expect(outcomes.filter((outcome) => outcome === 'registered')).toHaveLength(25)
    expect(outcomes.filter((outcome) => outcome === 'waiting')).toHaveLength(5)
    expect(await statusCount('registered')).toBe(25)
    expect(await statusCount('waiting')).toBe(5)
    // Each was told which: a seat (with the joining link) or a place in line (without it).
    const told = people.map((email) => mailTo(email)[1])
    expect(told.filter((mail) => mail?.text?.includes('https://meet.example.test/seats'))).toHaveLength(25)
    expect(told.every((mail) => mail?.text && /training\/participant\?token=/.test(mail.text))).toBe(true)
    // Opening the same link again changes nothing.
    expect(await confirmRegistration(t.payload, tokens[0], origin)).toMatch(/^(registered|waiting)$/)
    expect(await statusCount('registered')).toBe(25)
  })

  it('gives a cancelled seat to exactly the first in line, with an email, even when cancelled twice at once', async () => {
    const { docs: line } = await t.payload.find({
      collection: 'registrations',
      where: { edition: { equals: edition }, status: { equals: 'waiting' } },
      sort: ['queuedAt', 'id'],
      depth: 0,
    })
    const { docs: seated } = await t.payload.find({
      collection: 'registrations',
      where: { edition: { equals: edition }, status: { equals: 'registered' } },
      limit: 1,
      depth: 0,
    })
    const token = linkIn(mailTo(seated[0].email)[1].text, 'participant')
    const before = mailTo(line[0].email).length

    expect(await Promise.all([0, 1].map(() => cancelRegistration(t.payload, token, origin)))).toEqual([
      'cancelled',
      'cancelled',
    ])

    expect(await statusCount('registered')).toBe(25)
    expect(await statusCount('waiting')).toBe(4)
    expect(await statusCount('cancelled')).toBe(1)
    const first = await t.payload.findByID({ collection: 'registrations', id: line[0].id, depth: 0 })
    expect(first.status).toBe('registered')
    const news = mailTo(line[0].email).slice(before)
    expect(news).toHaveLength(1)
    expect(news[0].text).toContain('https://meet.example.test/seats')
    for (const waiting of line.slice(1)) expect(mailTo(waiting.email)).toHaveLength(2)
  })

  it('refuses a signed link made for something else, and a forged one', async () => {
    expect(await cancelRegistration(t.payload, 'not-a-token', origin)).toBe('invalid')
    const { unsubscribeToken } = await import('@/plugins/newsletter/subscribers/tokens')
    const { docs } = await t.payload.find({ collection: 'registrations', limit: 1, depth: 0 })
    // A newsletter link for a subscriber with the same id never names a registration.
    expect(await cancelRegistration(t.payload, unsubscribeToken(docs[0].id), origin)).toBe('invalid')
  })
})
