/**
 * The public write paths as people meet them, over real HTTP against the built app, with the
 * project's own Resend-compatible capture server standing in for Resend: newsletter sign-up,
 * double opt-in, unsubscribe, erasure, webhooks, sending (and a sender killed half-way), and
 * practice submissions.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCaptureServer } from '../../scripts/lib/mail-capture.mjs'
import { consentVersion, consentWording } from '@/plugins/newsletter/subscribers/consent'
import { sendIssue } from '@/plugins/newsletter/sending/sender'
import { confirmationToken, unsubscribeToken } from '@/plugins/newsletter/subscribers/tokens'

import { sentBatch } from '../support/ledger'
import { closePayload, openPayload } from '../support/payload'
import { startServer, type TestServer } from '../support/server'

type Capture = Awaited<ReturnType<typeof startCaptureServer>>

const webhookSecret = `whsec_${crypto.randomBytes(24).toString('base64')}`
let capture: Capture
let server: TestServer
let payload: Payload
let ipCounter = 0

beforeAll(async () => {
  capture = await startCaptureServer()
  Object.assign(process.env, {
    RESEND_BASE_URL: capture.url,
    RESEND_WEBHOOK_SECRET: webhookSecret,
    RESEND_REQUESTS_PER_SECOND: '50',
    // Every request below comes from its own address, so one test's per-IP count never limits another's.
    TRUST_PROXY: 'true',
  })
  server = await startServer('public-forms')
  payload = await openPayload(server.database.uri)
}, 300_000)

afterAll(async () => {
  await closePayload(payload)
  await server?.stop()
  await capture?.close()
})

/** A spoofed left-most entry (ignored) and a proxy-appended right-most one (used), unique per request. */
const freshIp = () => {
  ipCounter += 1
  return `192.0.2.1, 10.${Math.floor(ipCounter / 250) % 250}.${ipCounter % 250}.1`
}

const post = (pathname: string, body: BodyInit, type = 'application/json', extra: Record<string, string> = {}) =>
  fetch(`${server.url}${pathname}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': type, 'x-forwarded-for': freshIp(), ...extra },
    body,
  })

const signUp = (email: string, locale = 'en', extra: Record<string, unknown> = {}) =>
  post('/api/public/v1/subscriptions', JSON.stringify({ email, locale, consent: true, consentVersion, ...extra }))

const subscriber = async (email: string) =>
  (await payload.find({ collection: 'subscribers', where: { email: { equals: email } }, depth: 0 })).docs[0]

const mailsTo = (email: string) => capture.emails({ to: email })

const linkIn = (text: string | undefined, pathPart: string) => {
  const link = text?.match(new RegExp(`https?://\\S*${pathPart}\\S*`))?.[0]
  if (!link) throw new Error(`no ${pathPart} link in:\n${text}`)
  return new URL(link)
}

describe('signing up', () => {
  it('answers with the neutral message and sends a confirmation email in the subscriber’s language', async () => {
    const response = await signUp('marie@example.test', 'fr')
    expect(response.status).toBe(202)
    expect((await response.json()).message).toMatch(/^Merci. Si cette adresse peut être inscrite/)
    const [mail] = mailsTo('marie@example.test')
    expect(mail.subject).toBe('Veuillez confirmer votre abonnement à la lettre d’information WayOut')
    expect(mail.html).toContain('<html lang="fr"')
    expect(mail.text).toContain('Financé par l’Union européenne')
    expect(linkIn(mail.text, '/fr/subscription/confirm').searchParams.get('token')).toBeTruthy()
  })

  it('keeps the consent record: wording and version, sign-up and sending times, the IP only as a salted hash', async () => {
    await signUp('record@example.test', 'de')
    const record = await subscriber('record@example.test')
    expect(record.status).toBe('pending')
    expect(record.consent).toMatchObject({ text: consentWording.de, version: consentVersion, source: 'website' })
    expect(Date.parse(record.consent!.requestedAt!)).toBeLessThanOrEqual(
      Date.parse(record.consent!.confirmationSentAt!),
    )
    expect(record.consent!.ipHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(record)).not.toMatch(/192\.0\.2\.1|10\.\d+\.\d+\.1/)
  })

  it('gives new, pending, confirmed and unsubscribed addresses exactly the same answer', async () => {
    const answers = new Set<string>()
    const ask = async (email: string) => {
      const response = await signUp(email)
      answers.add(`${response.status} ${await response.text()}`)
    }
    await ask('new@example.test')
    await ask('new@example.test') // now pending
    await payload.create({
      collection: 'subscribers',
      data: { email: 'known@example.test', locale: 'en', status: 'confirmed' },
    })
    await ask('known@example.test')
    await payload.create({
      collection: 'subscribers',
      data: { email: 'gone@example.test', locale: 'en', status: 'unsubscribed' },
    })
    await ask('gone@example.test')
    expect(answers.size).toBe(1)
    expect(mailsTo('known@example.test')).toHaveLength(0)
  })

  it('does nothing for a robot that fills in the honeypot, and tells it nothing either', async () => {
    const response = await signUp('robot@example.test', 'en', { website: 'http://spam.example' })
    expect(response.status).toBe(202)
    expect(await subscriber('robot@example.test')).toBeUndefined()
    expect(mailsTo('robot@example.test')).toHaveLength(0)
  })

  it('refuses a sign-up without consent, with a message naming the problem', async () => {
    const response = await signUp('noconsent@example.test', 'en', { consent: false })
    expect(response.status).toBe(400)
    expect((await response.json()).error.message).toMatch(/consent/)
    expect(await subscriber('noconsent@example.test')).toBeUndefined()
  })

  it('lets a partner page sign people up from another origin (CORS)', async () => {
    const preflight = await fetch(`${server.url}/api/public/v1/subscriptions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    const response = await signUp('widget@example.test', 'nl', { source: 'widget' })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect((await subscriber('widget@example.test')).consent?.source).toBe('widget')
  })
})

describe('double opt-in', () => {
  it('confirms from the emailed link: page, button, confirmed with the click time', async () => {
    await signUp('roundtrip@example.test', 'pt')
    const link = linkIn(mailsTo('roundtrip@example.test')[0].text, '/pt/subscription/confirm')
    const page = await fetch(`${server.url}${link.pathname}${link.search}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Confirmar a minha subscrição')
    expect(html).toContain('noindex')
    expect((await subscriber('roundtrip@example.test')).status).toBe('pending') // opening the page changes nothing

    const form = new URLSearchParams({ token: link.searchParams.get('token')!, locale: 'pt' })
    const confirmed = await post(
      '/api/public/v1/subscriptions/confirm',
      form.toString(),
      'application/x-www-form-urlencoded',
      {
        accept: 'text/html',
      },
    )
    expect(confirmed.status).toBe(303)
    expect(confirmed.headers.get('location')).toBe('/pt/subscription/done?result=confirmed')
    const record = await subscriber('roundtrip@example.test')
    expect(record.status).toBe('confirmed')
    expect(Date.parse(record.consent!.confirmedAt!)).toBeGreaterThanOrEqual(Date.parse(record.consent!.requestedAt!))
  })

  it('refuses a tampered token and an expired one', async () => {
    await signUp('tamper@example.test')
    const token = linkIn(mailsTo('tamper@example.test')[0].text, '/subscription/confirm').searchParams.get('token')!
    const tampered = token.slice(0, -2) + (token.endsWith('A') ? 'BB' : 'AA')
    const confirmWith = (value: string) =>
      post('/api/public/v1/subscriptions/confirm', JSON.stringify({ token: value }))

    const refused = await confirmWith(tampered)
    expect(refused.status).toBe(400)
    expect((await refused.json()).error.code).toBe('invalid_link')

    const record = await subscriber('tamper@example.test')
    const requestedAt = new Date(record.consent!.requestedAt!)
    const expired = confirmationToken(record.id, requestedAt, Date.now() - 8 * 24 * 60 * 60 * 1000)
    const late = await confirmWith(expired)
    expect(late.status).toBe(400)
    expect((await late.json()).error.code).toBe('expired_link')
    expect((await subscriber('tamper@example.test')).status).toBe('pending')
  })

  it('sends the confirmation later when Resend is down at sign-up, and its link still confirms', async () => {
    capture.failNext(1, 503)
    const response = await signUp('resend-down@example.test', 'nl')
    expect(response.status).toBe(202) // the same neutral answer
    expect(mailsTo('resend-down@example.test')).toHaveLength(0)
    expect((await subscriber('resend-down@example.test')).consent?.confirmationSentAt).toBeFalsy()

    // What the server's job runner does every minute (it is off in the test servers).
    await payload.jobs.run({ queue: 'default' })
    const [mail] = mailsTo('resend-down@example.test')
    expect(mail.subject).toBe('Bevestig uw inschrijving op de WayOut-nieuwsbrief')
    expect((await subscriber('resend-down@example.test')).consent?.confirmationSentAt).toBeTruthy()
    const token = linkIn(mail.text, '/nl/subscription/confirm').searchParams.get('token')!
    expect((await post('/api/public/v1/subscriptions/confirm', JSON.stringify({ token }))).status).toBe(200)
    expect((await subscriber('resend-down@example.test')).status).toBe('confirmed')
  })

  it('drops a queued confirmation once the sign-up is confirmed or superseded', async () => {
    capture.failNext(1, 503)
    await signUp('confirmed-meanwhile@example.test')
    const waiting = await subscriber('confirmed-meanwhile@example.test')
    const link = confirmationToken(waiting.id, new Date(waiting.consent!.requestedAt!))
    expect((await post('/api/public/v1/subscriptions/confirm', JSON.stringify({ token: link }))).status).toBe(200)

    capture.failNext(1, 503)
    await signUp('signed-up-again@example.test')
    await new Promise((resolve) => setTimeout(resolve, 5))
    await signUp('signed-up-again@example.test') // this one's email goes out at once

    await payload.jobs.run({ queue: 'default' })
    expect(mailsTo('confirmed-meanwhile@example.test')).toHaveLength(0)
    const again = mailsTo('signed-up-again@example.test')
    expect(again).toHaveLength(1)
    // …and it is the one whose link confirms.
    const token = linkIn(again[0].text, '/subscription/confirm').searchParams.get('token')!
    expect((await post('/api/public/v1/subscriptions/confirm', JSON.stringify({ token }))).status).toBe(200)
  })

  it('voids the first link when the address signs up again', async () => {
    await signUp('twice@example.test')
    const first = linkIn(mailsTo('twice@example.test')[0].text, '/subscription/confirm').searchParams.get('token')!
    await new Promise((resolve) => setTimeout(resolve, 5))
    await signUp('twice@example.test')
    const response = await post('/api/public/v1/subscriptions/confirm', JSON.stringify({ token: first }))
    expect(response.status).toBe(400)
    const second = linkIn(mailsTo('twice@example.test')[1].text, '/subscription/confirm').searchParams.get('token')!
    expect((await post('/api/public/v1/subscriptions/confirm', JSON.stringify({ token: second }))).status).toBe(200)
  })
})

describe('leaving', () => {
  const confirmedSubscriber = async (email: string) =>
    payload.create({
      collection: 'subscribers',
      data: { email, locale: 'en', status: 'confirmed', consent: { confirmedAt: new Date().toISOString() } },
    })

  it('unsubscribes at once with RFC 8058’s one-click POST, without signing in', async () => {
    const { id } = await confirmedSubscriber('oneclick@example.test')
    const response = await post(
      `/api/public/v1/subscriptions/unsubscribe?token=${encodeURIComponent(unsubscribeToken(id))}`,
      'List-Unsubscribe=One-Click',
      'application/x-www-form-urlencoded',
    )
    expect(response.status).toBe(200)
    const record = await subscriber('oneclick@example.test')
    expect(record.status).toBe('unsubscribed')
    expect(record.statusReason).toMatch(/one-click/)
  })

  it('unsubscribes from the page’s button, and a second click is still fine', async () => {
    const { id } = await confirmedSubscriber('page@example.test')
    const token = unsubscribeToken(id)
    const page = await fetch(`${server.url}/en/subscription/unsubscribe?token=${encodeURIComponent(token)}`)
    expect(await page.text()).toContain('Delete my data')
    for (let click = 0; click < 2; click++) {
      const response = await post(
        '/api/public/v1/subscriptions/unsubscribe',
        new URLSearchParams({ token, locale: 'en' }).toString(),
        'application/x-www-form-urlencoded',
        { accept: 'text/html' },
      )
      expect(response.headers.get('location')).toBe('/en/subscription/done?result=unsubscribed')
    }
    expect((await subscriber('page@example.test')).status).toBe('unsubscribed')
  })

  it('deletes the subscriber’s data on request, delivery ledger included', async () => {
    const { id } = await confirmedSubscriber('erase@example.test')
    const issue = await payload.create({
      collection: 'newsletters',
      data: { number: 90, title: 'Ledger', status: 'sent' },
    })
    await sentBatch(payload, issue.id, [{ subscriber: id, email: 'erase@example.test' }])
    const response = await post('/api/public/v1/subscriptions/erase', JSON.stringify({ token: unsubscribeToken(id) }))
    expect(response.status).toBe(200)
    expect(await subscriber('erase@example.test')).toBeUndefined()
    const { docs } = await payload.find({
      collection: 'newsletter-batches',
      where: { 'deliveries.email': { equals: 'erase@example.test' } },
    })
    expect(docs).toHaveLength(0)
  })
})

describe('Resend webhooks', () => {
  const sign = (id: string, timestamp: number, body: string, secret = webhookSecret) =>
    `v1,${crypto
      .createHmac('sha256', Buffer.from(secret.replace(/^whsec_/, ''), 'base64'))
      .update(`${id}.${timestamp}.${body}`)
      .digest('base64')}`

  const deliver = (body: string, signature?: string) => {
    const id = `msg_${crypto.randomUUID()}`
    const timestamp = Math.floor(Date.now() / 1000)
    return post('/api/webhooks/resend', body, 'application/json', {
      'svix-id': id,
      'svix-timestamp': String(timestamp),
      'svix-signature': signature ?? sign(id, timestamp, body),
    })
  }

  it('accepts a signed complaint and unsubscribes the address', async () => {
    await payload.create({
      collection: 'subscribers',
      data: { email: 'angry@example.test', locale: 'en', status: 'confirmed' },
    })
    const body = JSON.stringify({ type: 'email.complained', data: { email_id: 'x', to: ['angry@example.test'] } })
    const response = await deliver(body)
    expect(response.status).toBe(200)
    expect((await subscriber('angry@example.test')).status).toBe('complained')
  })

  it('marks a hard bounce, and ignores a soft one', async () => {
    await payload.create({
      collection: 'subscribers',
      data: { email: 'soft@example.test', locale: 'en', status: 'confirmed' },
    })
    await payload.create({
      collection: 'subscribers',
      data: { email: 'hard@example.test', locale: 'en', status: 'confirmed' },
    })
    await deliver(
      JSON.stringify({ type: 'email.bounced', data: { to: ['soft@example.test'], bounce: { type: 'Transient' } } }),
    )
    await deliver(
      JSON.stringify({ type: 'email.bounced', data: { to: ['hard@example.test'], bounce: { type: 'Permanent' } } }),
    )
    expect((await subscriber('soft@example.test')).status).toBe('confirmed')
    expect((await subscriber('hard@example.test')).status).toBe('bounced')
  })

  it('refuses a wrong signature and changes nothing', async () => {
    await payload.create({
      collection: 'subscribers',
      data: { email: 'forged@example.test', locale: 'en', status: 'confirmed' },
    })
    const body = JSON.stringify({ type: 'email.complained', data: { to: ['forged@example.test'] } })
    const forged = await deliver(
      body,
      sign('msg_other', Math.floor(Date.now() / 1000), body, `whsec_${crypto.randomBytes(24).toString('base64')}`),
    )
    expect(forged.status).toBe(401)
    const unsigned = await post('/api/webhooks/resend', body)
    expect(unsigned.status).toBe(401)
    expect((await subscriber('forged@example.test')).status).toBe('confirmed')
  })
})

describe('sending an issue', () => {
  const subscribers = async (prefix: string, locale: 'en' | 'fr', count: number, status = 'confirmed') => {
    for (let n = 0; n < count; n++)
      await payload.create({
        collection: 'subscribers',
        data: {
          email: `${prefix}-${n}@example.test`,
          locale,
          status: status as 'confirmed',
          consent: { confirmedAt: new Date(Date.now() - 60_000).toISOString() },
        },
      })
  }

  it('sends exactly one email to each confirmed subscriber, in their language, with the unsubscribe headers', async () => {
    await subscribers('send-en', 'en', 130)
    await subscribers('send-fr', 'fr', 75)
    await subscribers('send-pending', 'en', 3, 'pending')
    await subscribers('send-left', 'fr', 3, 'unsubscribed')
    const issue = await payload.create({
      collection: 'newsletters',
      data: {
        number: 41,
        title: 'Issue forty-one',
        subject: 'WayOut news, spring',
        status: 'scheduled',
        scheduledFor: new Date().toISOString(),
      },
    })
    await payload.update({
      collection: 'newsletters',
      id: issue.id,
      locale: 'fr',
      data: { title: 'Numéro quarante et un', subject: 'Nouvelles WayOut, printemps' },
    })
    capture.clear()

    expect(await sendIssue(payload, issue.id)).toBe('sent')

    const sent = capture.emails().filter((mail) => mail.to[0].startsWith('send-'))
    const recipients = sent.map((mail) => mail.to[0])
    const expected = [
      ...Array.from({ length: 130 }, (_, n) => `send-en-${n}@example.test`),
      ...Array.from({ length: 75 }, (_, n) => `send-fr-${n}@example.test`),
    ]
    expect([...recipients].sort()).toEqual(expected.sort())
    expect(recipients.some((to) => /send-(pending|left)/.test(to))).toBe(false)
    for (const mail of sent) {
      const french = mail.to[0].startsWith('send-fr')
      expect(mail.subject).toBe(french ? 'Nouvelles WayOut, printemps' : 'WayOut news, spring')
      expect(mail.headers['List-Unsubscribe']).toMatch(
        /^<https?:\/\/\S+\/api\/public\/v1\/subscriptions\/unsubscribe\?token=\S+>$/,
      )
      expect(mail.headers['List-Unsubscribe']).toContain(french ? '&locale=fr>' : '&locale=en>')
      expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
      expect(mail.text).toMatch(/\/subscription\/unsubscribe\?token=/)
      expect(mail.html).toContain(french ? 'Financé par l’Union européenne' : 'Funded by the European Union')
    }
    // Opened in a browser instead of posted by a mail client, the address shows the page in French.
    const french = sent.find((mail) => mail.to[0].startsWith('send-fr'))!
    const link = new URL(french.headers['List-Unsubscribe'].slice(1, -1))
    const opened = await fetch(`${server.url}${link.pathname}${link.search}`, { redirect: 'manual' })
    expect(opened.status).toBe(303)
    expect(opened.headers.get('location')).toMatch(/\/fr\/subscription\/unsubscribe\?token=/)
    const done = await payload.findByID({ collection: 'newsletters', id: issue.id })
    expect(done.status).toBe('sent')
    // Subscribers confirmed by the earlier tests get the issue too.
    expect(done.sending?.recipients).toBe(capture.emails().length)
    const archive = await fetch(`${server.url}/fr/newsletters/41`)
    expect(archive.status).toBe(200)
    expect(await archive.text()).toContain('Numéro quarante et un')
  })

  it('retries transient Resend failures and still sends each email once', async () => {
    await subscribers('retry', 'en', 40)
    const issue = await payload.create({
      collection: 'newsletters',
      data: { number: 42, title: 'Retry', status: 'scheduled', scheduledFor: new Date().toISOString() },
    })
    capture.failNext(2, 503)
    expect(await sendIssue(payload, issue.id, { sleep: async () => undefined })).toBe('sent')
    const recipients = capture
      .emails()
      .filter((mail) => mail.to[0].startsWith('retry-'))
      .map((mail) => mail.to[0])
    expect(recipients).toHaveLength(40)
    expect(new Set(recipients).size).toBe(40)
  })

  it('resumes after the sender is killed mid-run, with no duplicate and no one missed', async () => {
    await subscribers('crash', 'en', 600)
    const issue = await payload.create({
      collection: 'newsletters',
      data: { number: 43, title: 'Crash', status: 'scheduled', scheduledFor: new Date().toISOString() },
    })
    const sentToCrash = () => capture.emails().filter((mail) => mail.to[0].startsWith('crash-'))
    capture.settings({ delayMs: 400 })
    const run = () =>
      spawn('npx', ['tsx', path.resolve('scripts/send-newsletter.ts'), '43'], {
        detached: true,
        stdio: 'ignore',
        env: {
          ...process.env,
          DATABASE_URI: server.database.uri,
          NODE_ENV: 'production',
          NEWSLETTER_LEASE_SECONDS: '1',
        },
      })
    let first = run()
    let firstExit: number | null | undefined
    first.on('exit', (code) => (firstExit = code))
    const deadline = Date.now() + 180_000
    while (sentToCrash().length < 200 && Date.now() < deadline) {
      // A run that stalled loading the config (exit 13, see below) sent nothing: start another.
      if (firstExit === 13) {
        firstExit = undefined
        first = run()
        first.on('exit', (code) => (firstExit = code))
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    process.kill(-first.pid!, 'SIGKILL')
    const before = sentToCrash().length
    expect(before).toBeGreaterThan(0)
    expect(before).toBeLessThan(600)
    await new Promise((resolve) => setTimeout(resolve, 1500)) // the dead sender's lease runs out
    capture.settings({ delayMs: 0 })

    // tsx sometimes stalls loading the Payload config and exits 13 (see scripts/lib/tsx.mjs); such a
    // run sent nothing, and the sender is idempotent, so it is simply run again.
    let exit: number | null = 13
    for (let attempt = 0; attempt < 4 && exit === 13; attempt++)
      exit = await new Promise<number | null>((resolve) => run().on('exit', resolve))
    expect(exit).toBe(0)
    const recipients = sentToCrash().map((mail) => mail.to[0])
    expect(new Set(recipients).size).toBe(600)
    expect(recipients).toHaveLength(600)
    expect((await payload.findByID({ collection: 'newsletters', id: issue.id })).status).toBe('sent')
  }, 420_000)
})

describe('practice submissions', () => {
  const submission = (extra: Record<string, string | string[]> = {}) => {
    const form = new URLSearchParams({
      locale: 'pt',
      title: 'Mentoria entre pares',
      country: 'PT',
      targetGroup: 'Jovens adultos',
      approach: 'Mentores com experiência acompanham cada pessoa.',
      contactName: 'Ana Silva',
      organisation: 'DGRSP',
      email: 'ana@example.test',
      consent: 'on',
    })
    form.append('setting', 'prison')
    form.append('setting', 'probation')
    for (const [name, value] of Object.entries(extra)) form.set(name, String(value))
    return form.toString()
  }

  it('stores a submission for moderation, unpublished, and emails the submitter and the editors', async () => {
    await payload.create({
      collection: 'users',
      data: { email: 'editor@example.test', password: 'a-long-password-1', roles: ['editor'] },
    })
    const response = await post(
      '/api/public/v1/practice-submissions',
      submission(),
      'application/x-www-form-urlencoded',
      {
        accept: 'text/html',
      },
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe('/pt/practices/submit?sent=1')
    const { docs } = await payload.find({
      collection: 'practices',
      where: { 'contact.email': { equals: 'ana@example.test' } },
      locale: 'pt',
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      title: 'Mentoria entre pares',
      moderationStatus: 'submitted',
      setting: ['prison', 'probation'],
    })
    expect(docs[0].submission?.ipHash).toMatch(/^[0-9a-f]{64}$/)
    expect(mailsTo('ana@example.test')[0].subject).toBe('Recebemos a sua prática')
    const [notice] = mailsTo('editor@example.test')
    expect(notice.subject).toBe('New practice submitted for review: Mentoria entre pares')
    expect(notice.text).toContain(`/admin/collections/practices/${docs[0].id}`)

    const anonymous = await fetch(`${server.url}/api/practices/${docs[0].id}`)
    expect(anonymous.status).toBe(404)
    const publicApi = await (
      await fetch(`${server.url}/api/practices?where[title][equals]=Mentoria%20entre%20pares`)
    ).json()
    expect(publicApi.docs ?? []).toHaveLength(0)
  })

  it('refuses an incomplete submission with a message naming the field, storing nothing', async () => {
    const before = (await payload.count({ collection: 'practices' })).totalDocs
    const response = await post(
      '/api/public/v1/practice-submissions',
      submission({ country: 'XX' }),
      'application/x-www-form-urlencoded',
    )
    expect(response.status).toBe(400)
    // The submission says it is in Portuguese: so is the answer.
    expect(await response.json()).toMatchObject({
      error: { status: 400, code: 'invalid_field', field: 'country', message: 'Escolha um país da lista.' },
    })
    expect((await payload.count({ collection: 'practices' })).totalDocs).toBe(before)
  })
})

describe('refusals people can read', () => {
  it('tells people what is wrong with a field in the language of the form', async () => {
    const response = await signUp('not-an-address', 'fr')
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatchObject({
      field: 'email',
      message: 'Saisissez une adresse e-mail valide (254 caractères au maximum).',
    })
  })

  it('answers an unreadable body in the language of the page it came from', async () => {
    const response = await post('/api/public/v1/subscriptions', '{"email": ', 'application/json', {
      referer: `${server.url}/de/newsletters`,
    })
    expect(response.status).toBe(400)
    expect((await response.json()).error).toMatchObject({
      code: 'invalid_json',
      message: 'Das Formular konnte nicht gelesen werden. Bitte versuchen Sie es erneut.',
    })
  })

  it('speaks the widget’s language even when refusing before reading the body, or for too many attempts', async () => {
    // Too large to be read: the locale comes from the address, as the widget posts it.
    const huge = await post('/api/public/v1/subscriptions?locale=nl', 'x'.repeat(10_000), 'application/json')
    expect(huge.status).toBe(413)
    expect((await huge.json()).error.message).toBe('Het formulier is te lang om te verzenden. Maak uw tekst korter.')
    const statuses = []
    for (let n = 0; n < 4; n++) statuses.push(await signUp('dutch-flood@example.test', 'nl'))
    const refused = statuses.at(-1)!
    expect(refused.status).toBe(429)
    expect((await refused.json()).error.message).toBe('Te veel pogingen. Probeer het later opnieuw.')
  })

  it('sends a form posted without JavaScript to a page that says what is wrong, in its language', async () => {
    const form = new URLSearchParams({ email: 'no-consent-nojs@example.test', locale: 'pt' })
    const response = await post('/api/public/v1/subscriptions', form.toString(), 'application/x-www-form-urlencoded', {
      accept: 'text/html',
    })
    expect(response.status).toBe(303)
    const location = response.headers.get('location')!
    expect(location).toBe('/pt/subscription/done?result=problem&reason=newsletterConsent')
    const page = await (await fetch(`${server.url}${location}`)).text()
    expect(page).toContain('role="alert"')
    expect(page).toContain('Assinale a caixa de consentimento para subscrever.')
    expect(page).toContain('O botão Voltar do seu navegador')
    expect(await subscriber('no-consent-nojs@example.test')).toBeUndefined()

    // Only our own reasons are shown: anything else in the URL is the plain "not valid" page.
    const forged = await (await fetch(`${server.url}/pt/subscription/done?result=problem&reason=toString`)).text()
    expect(forged).not.toContain('role="alert"')
  })
})

describe('bad input and floods', () => {
  it('limits sign-ups per address, with a retry-after', async () => {
    const statuses = []
    for (let n = 0; n < 4; n++) statuses.push((await signUp('flood@example.test')).status)
    expect(statuses).toEqual([202, 202, 202, 429])
    expect(mailsTo('flood@example.test')).toHaveLength(3)
  })

  it('limits sign-ups per IP address', async () => {
    const statuses = []
    for (let n = 0; n < 21; n++)
      statuses.push(
        (
          await post(
            '/api/public/v1/subscriptions',
            JSON.stringify({ email: `ip-${n}@example.test`, consent: true }),
            'application/json',
            { 'x-forwarded-for': '192.0.2.77' },
          )
        ).status,
      )
    expect(statuses.slice(0, 20).every((status) => status === 202)).toBe(true)
    expect(statuses[20]).toBe(429)
  })

  it('answers 200 malformed bodies with 4xx and a message, never a 5xx, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'subscribers' })).totalDocs
    const random = (n: number) => crypto.randomBytes(n)
    const shapes: (() => [BodyInit, string])[] = [
      () => ['{"email": "broken@example.test", "consent": tr', 'application/json'],
      () => ['[1,2,3]', 'application/json'],
      () => ['null', 'application/json'],
      () => [JSON.stringify({ email: 42, consent: true }), 'application/json'],
      () => [JSON.stringify({ email: 'x'.repeat(300) + '@example.test', consent: true }), 'application/json'],
      () => [JSON.stringify({ email: 'nobody', consent: true }), 'application/json'],
      () => [
        JSON.stringify({ email: 'huge@example.test', consent: true, website: 'x'.repeat(10_000) }),
        'application/json',
      ],
      () => [JSON.stringify({ email: 'locale@example.test', consent: true, locale: 'xx' }), 'application/json'],
      () => [random(64), 'application/json'],
      () => [random(64), 'application/x-www-form-urlencoded'],
      () => ['email=form@example.test', 'text/plain'],
      () => ['email=form@example.test&consent=maybe', 'application/x-www-form-urlencoded'],
      () => [Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'application/json'],
    ]
    const statuses = new Set<number>()
    for (let n = 0; n < 200; n++) {
      const [body, type] = shapes[n % shapes.length]()
      const response = await post('/api/public/v1/subscriptions', body, type)
      statuses.add(response.status)
      expect(response.status, `body ${n}`).toBeGreaterThanOrEqual(400)
      expect(response.status, `body ${n}`).toBeLessThan(500)
      expect((await response.json()).error.message).toBeTruthy()
    }
    expect([...statuses].sort()).toEqual([400, 413, 415])
    expect((await payload.count({ collection: 'subscribers' })).totalDocs).toBe(before)
  })
})
