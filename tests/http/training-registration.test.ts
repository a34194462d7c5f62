/**
 * Registration for a training edition over HTTP against the built app, as people use it without
 * JavaScript: the form on the training page → the confirmation email → the confirm button → the
 * participant's page with the joining link → cancel. Answers are neutral; bad input gets a clear
 * 4xx and stores nothing; the participants are unreachable for the public and for partners by
 * REST, GraphQL and the public API; the joining link is never on a public page.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCaptureServer } from '../../scripts/lib/mail-capture.mjs'

import { startAppAndPayload, type AppAndPayload } from '../support/appAndPayload'
import { buildWorld } from '../support/fixtures'
import { signInOverHttp } from '../support/signIn'

const joiningUrl = 'https://meet.example.test/training-secret-room'
const day = 24 * 60 * 60 * 1000

let capture: Awaited<ReturnType<typeof startCaptureServer>>
let server: AppAndPayload
let payload: Payload
let edition: number
let closedEdition: number
let ipCounter = 0

beforeAll(async () => {
  capture = await startCaptureServer()
  Object.assign(process.env, { RESEND_BASE_URL: capture.url, RESEND_REQUESTS_PER_SECOND: '50', TRUST_PROXY: 'true' })
  server = await startAppAndPayload('training-registration', async (local) => {
    await buildWorld(local)
    const course = await local.create({
      collection: 'courses',
      data: {
        title: 'Exit work course',
        slug: 'exit-work',
        completionRule: 'all-sessions',
        audiences: ['prison-officer', 'probation-officer'],
      },
    })
    const sessions = (from: number) => [
      { startsAt: new Date(Date.now() + from).toISOString(), startsAt_tz: 'Europe/Lisbon' as const, allDay: true },
    ]
    edition = (
      await local.create({
        collection: 'course-editions',
        data: {
          course: course.id,
          title: 'Spring edition',
          slug: 'spring',
          capacity: 2,
          online: true,
          joiningUrl,
          sessions: sessions(20 * day),
        },
      })
    ).id
    closedEdition = (
      await local.create({
        collection: 'course-editions',
        data: {
          course: course.id,
          title: 'Past edition',
          slug: 'past',
          capacity: 2,
          online: true,
          sessions: sessions(-20 * day),
        },
      })
    ).id
  })
  payload = server.payload
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await capture?.close()
})

const ip = () => `10.9.${++ipCounter}.1`

const person = (email: string) => ({
  edition,
  name: 'Ana Example',
  email,
  organisation: 'Probation Service',
  country: 'PT',
  role: 'probation-officer',
  locale: 'en',
  consent: true,
})

const postJson = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip() },
    body: JSON.stringify(body),
  })

/** As a browser without JavaScript posts a form. */
const postForm = (path: string, fields: Record<string, string>) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', 'x-forwarded-for': ip() },
    body: new URLSearchParams(fields).toString(),
  })

const page = async (path: string) => {
  const response = await fetch(`${server.url}${path}`)
  return { status: response.status, html: await response.text() }
}

const linkTo = (address: string, step: 'confirm' | 'participant') => {
  const mail = capture
    .emails()
    .filter((email) => email.to[0] === address && email.text?.includes(`/training/${step}`))
    .at(-1)
  const match = mail?.text?.match(new RegExp(`(/en/training/${step}\\?token=[^\\s)\\]]+)`))
  if (!match) throw new Error(`no ${step} link for ${address}`)
  return { path: match[1], token: decodeURIComponent(match[1].split('token=')[1]) }
}

const registrations = async (email: string) =>
  (await payload.find({ collection: 'registrations', where: { email: { equals: email } }, depth: 0 })).docs

describe('registering without JavaScript', () => {
  it('shows the form for an open edition, not for a closed one, and never the joining link', async () => {
    const { status, html } = await page('/en/training')
    expect(status).toBe(200)
    expect(html).toContain(`name="edition" value="${edition}"`)
    expect(html).not.toContain(`name="edition" value="${closedEdition}"`)
    expect(html).toContain('Registration for this edition is closed.')
    expect(html).toContain('Probation staff: probation officer')
    expect(html).not.toContain(joiningUrl)
  })

  it('goes from the form to the email, the confirm button and the participant page, then cancels', async () => {
    const email = 'ana@training.example.test'
    const posted = await postForm('/api/public/v1/training/registrations', {
      ...Object.fromEntries(Object.entries(person(email)).map(([key, value]) => [key, String(value)])),
      consent: 'on',
    })
    expect(posted.status).toBe(303)
    expect(posted.headers.get('location')).toBe('/en/training/done?result=accepted')
    expect((await registrations(email))[0].status).toBe('pending')

    const confirm = linkTo(email, 'confirm')
    // Opening the link (a mail scanner would) changes nothing: only the button confirms.
    expect((await page(confirm.path)).html).toContain('Confirm my registration')
    expect((await registrations(email))[0].status).toBe('pending')
    const confirmed = await postForm('/api/public/v1/training/confirm', { token: confirm.token, locale: 'en' })
    expect(confirmed.headers.get('location')).toBe('/en/training/done?result=registered')

    const own = linkTo(email, 'participant')
    const participantPage = await page(own.path)
    expect(participantPage.html).toContain(joiningUrl)
    expect(participantPage.html).toContain('Ana Example')
    expect((await page('/en/training')).html).not.toContain(joiningUrl)

    const cancelled = await postForm('/api/public/v1/training/cancel', { token: own.token, locale: 'en' })
    expect(cancelled.headers.get('location')).toBe('/en/training/done?result=cancelled')
    expect((await registrations(email))[0].status).toBe('cancelled')
    expect((await page(own.path)).html).not.toContain(joiningUrl)
  })
})

describe('erasure', () => {
  it('deletes the registration and gives its seat to the first in line, from the participant’s own page', async () => {
    // Capacity 2: the form's participant above cancelled, so two take the seats and a third waits.
    const people = ['seat-1', 'seat-2', 'third'].map((name) => `${name}@erase.example.test`)
    for (const email of people) {
      await postJson('/api/public/v1/training/registrations', person(email))
      await postForm('/api/public/v1/training/confirm', { token: linkTo(email, 'confirm').token, locale: 'en' })
    }
    expect((await registrations(people[2]))[0].status).toBe('waiting')
    const own = linkTo(people[0], 'participant')
    expect((await page(own.path)).html).toContain('Erase my data')
    const erased = await postForm('/api/public/v1/training/erase', { token: own.token, locale: 'en' })
    expect(erased.headers.get('location')).toBe('/en/training/done?result=erased')
    expect(await registrations(people[0])).toEqual([])
    expect((await registrations(people[2]))[0].status).toBe('registered')
    expect((await page(own.path)).html).toContain('Your data is erased')
    // Asked again, nothing is left to erase, and it says so the same way.
    const again = await postForm('/api/public/v1/training/erase', { token: own.token, locale: 'en' })
    expect(again.headers.get('location')).toBe('/en/training/done?result=erased')
  })
})

describe('answers', () => {
  it('are the same for a new address and one already registered', async () => {
    const email = 'twice@training.example.test'
    const first = await postJson('/api/public/v1/training/registrations', person(email))
    const again = await postJson('/api/public/v1/training/registrations', person(email))
    expect(first.status).toBe(202)
    expect(again.status).toBe(202)
    expect(await again.json()).toEqual(await first.json())
    expect(await registrations(email)).toHaveLength(1)
  })

  it('refuse, with a clear 4xx and nothing stored, a closed edition, a role not offered, no consent, bad fields', async () => {
    const email = 'refused@training.example.test'
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ edition: closedEdition }, 'edition', /not open for registration/],
      [{ edition: 999999 }, 'edition', /not open for registration/],
      [{ role: 'prison-governor' }, 'role', /role/i],
      [{ role: 'astronaut' }, 'role', /role/i],
      [{ consent: false }, 'consent', /tick the box/],
      [{ country: 'XX' }, 'country', /country/i],
      [{ name: '' }, 'name', /name/i],
      [{ name: 'x'.repeat(201) }, 'name', /name/i],
      [{ email: 'not-an-address' }, 'email', /email/i],
    ]
    for (const [change, field, message] of cases) {
      const answer = await postJson('/api/public/v1/training/registrations', { ...person(email), ...change })
      const body = (await answer.json()) as { error: { field?: string; message: string } }
      expect(answer.status, JSON.stringify(change)).toBe(400)
      expect(body.error.field, JSON.stringify(change)).toBe(field)
      expect(body.error.message, JSON.stringify(change)).toMatch(message)
    }
    expect(await registrations(email)).toHaveLength(0)
    const tooLarge = await postJson('/api/public/v1/training/registrations', {
      ...person(email),
      organisation: 'x'.repeat(5000),
    })
    expect(tooLarge.status).toBe(413)
  })

  it('refuse a forged confirmation or cancellation link with a 400', async () => {
    for (const step of ['confirm', 'cancel', 'erase'])
      expect((await postJson(`/api/public/v1/training/${step}`, { token: 'forged.token', locale: 'en' })).status).toBe(
        400,
      )
  })
})

describe('the participants', () => {
  it('are unreachable anonymously and for partners, by REST, GraphQL and the public API', async () => {
    await postJson('/api/public/v1/training/registrations', person('private@training.example.test'))
    const partner = await signInOverHttp(server.url, 'partner@example.test')
    for (const headers of [{}, { authorization: `JWT ${partner}` }] as HeadersInit[]) {
      const rest = await fetch(`${server.url}/api/registrations`, { headers })
      expect(rest.status).toBe(403)
      const one = await fetch(`${server.url}/api/registrations?where[email][like]=private`, { headers })
      expect(await one.text()).not.toContain('private@training')
      const graphql = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Registrations { docs { name email } } }' }),
      })
      const text = await graphql.text()
      expect(text).not.toContain('private@training')
      expect(text).toMatch(/not allowed|Forbidden|Cannot query/i)
      const editions = await fetch(`${server.url}/api/course-editions?depth=0`, { headers })
      expect(editions.status).toBe(200)
      expect(await editions.text()).not.toContain(joiningUrl)
    }
    expect((await fetch(`${server.url}/api/public/v1/registrations`)).status).toBe(404)
  })
})
