/**
 * What an editor does with a newsletter issue from its sidebar, over real HTTP against the built
 * app, with the capture server standing in for Resend: preview the email, send a test to
 * themselves, schedule, take back, send now; and what nobody else may do. Answers come in the
 * editor's admin language.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCaptureServer } from '../../scripts/lib/mail-capture.mjs'

import { password } from '../support/fixtures'
import { sentBatch } from '../support/ledger'
import { closePayload, openPayload } from '../support/payload'
import { startServer, type TestServer } from '../support/server'
import { signInOverHttp } from '../support/signIn'

type Capture = Awaited<ReturnType<typeof startCaptureServer>>

let capture: Capture
let server: TestServer
let payload: Payload
const tokens: Record<'editor' | 'partner', string> = { editor: '', partner: '' }
const editorEmail = 'editor-actions@example.test'

const login = (email: string) => signInOverHttp(server.url, email)

beforeAll(async () => {
  capture = await startCaptureServer()
  process.env.RESEND_BASE_URL = capture.url
  server = await startServer('newsletter_actions')
  payload = await openPayload(server.database.uri)
  await payload.create({ collection: 'users', data: { email: editorEmail, password, roles: ['editor'] } })
  await payload.create({
    collection: 'users',
    data: { email: 'partner-actions@example.test', password, roles: ['partner'] },
  })
  tokens.editor = await login(editorEmail)
  tokens.partner = await login('partner-actions@example.test')
}, 300_000)

afterAll(async () => {
  await closePayload(payload)
  await server?.stop()
  await capture?.close()
})

let issueNumber = 100
const draftIssue = async () => {
  issueNumber += 1
  const issue = await payload.create({
    collection: 'newsletters',
    data: {
      number: issueNumber,
      title: `Issue ${issueNumber}`,
      subject: `WayOut news ${issueNumber}`,
      status: 'draft',
    },
  })
  await payload.update({
    collection: 'newsletters',
    id: issue.id,
    locale: 'fr',
    data: { title: `Numéro ${issueNumber}`, subject: `Nouvelles WayOut ${issueNumber}` },
  })
  return issue
}

const act = (
  id: number | string,
  action: 'send-test' | 'schedule' | 'unschedule',
  body: Record<string, unknown> = {},
  { as = 'editor', language = 'en' }: { as?: 'editor' | 'partner' | null; language?: string } = {},
) =>
  fetch(`${server.url}/api/newsletters/${id}/${action}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': language,
      ...(as ? { authorization: `JWT ${tokens[as]}` } : {}),
    },
    body: JSON.stringify(body),
  })

const status = async (id: number) => (await payload.findByID({ collection: 'newsletters', id, depth: 0 })).status

describe('an editor’s actions on a newsletter issue', () => {
  it('previews the email as subscribers will get it, HTML and plain text, in the chosen language', async () => {
    const issue = await draftIssue()
    const preview = (format: string, auth = true) =>
      fetch(`${server.url}/next/newsletter-email?id=${issue.id}&locale=fr&format=${format}`, {
        headers: auth ? { authorization: `JWT ${tokens.editor}` } : {},
      })
    const html = await preview('html')
    expect(html.status).toBe(200)
    const body = await html.text()
    expect(body).toContain('<html lang="fr"')
    expect(body).toContain(`Numéro ${issue.number}`)
    expect(body).toContain('Financé par l’Union européenne')
    const text = await (await preview('text')).text()
    expect(text).toMatch(new RegExp(`^Subject: Nouvelles WayOut ${issue.number}`))
    expect((await preview('html', false)).status).toBe(403)
  })

  it('sends a test to the editor alone, marked as a test, and answers in the editor’s language', async () => {
    const issue = await draftIssue()
    capture.clear()
    const response = await act(issue.id, 'send-test', { locale: 'fr' }, { language: 'de' })
    expect(response.status).toBe(200)
    expect((await response.json()).message).toBe(`Test-E-Mail (Français) an ${editorEmail} gesendet.`)
    const mails = capture.emails()
    expect(mails.map((mail) => mail.to[0])).toEqual([editorEmail])
    expect(mails[0].subject).toBe(`[Test] Nouvelles WayOut ${issue.number}`)
    expect(await status(issue.id)).toBe('draft')
  })

  it('schedules for a later time, takes it back to draft, and refuses a time already past', async () => {
    const issue = await draftIssue()
    const later = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000)
    later.setUTCSeconds(0, 0)

    const past = await act(issue.id, 'schedule', { at: new Date(Date.now() - 60_000).toISOString() })
    expect(past.status).toBe(400)
    expect((await past.json()).message).toMatch(/has passed/)
    const nonsense = await act(issue.id, 'schedule', { at: 'next tuesday' }, { language: 'fr' })
    expect(nonsense.status).toBe(400)
    expect((await nonsense.json()).message).toBe('L’heure d’envoi n’est pas une date valide.')
    expect(await status(issue.id)).toBe('draft')

    capture.clear()
    const scheduled = await act(issue.id, 'schedule', { at: later.toISOString(), timeZone: 'Europe/Lisbon' })
    expect(scheduled.status).toBe(200)
    // In the editor's own time zone, named.
    const expectedTime = new Intl.DateTimeFormat('en', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'Europe/Lisbon',
      timeZoneName: 'short',
    }).format(later)
    expect((await scheduled.json()).message).toBe(`Scheduled for ${expectedTime}.`)
    const saved = await payload.findByID({ collection: 'newsletters', id: issue.id, depth: 0 })
    expect(saved.status).toBe('scheduled')
    expect(new Date(saved.scheduledFor!).getTime()).toBe(later.getTime())

    const back = await act(issue.id, 'unschedule')
    expect(back.status).toBe(200)
    expect(await status(issue.id)).toBe('draft')
    expect((await act(issue.id, 'unschedule')).status).toBe(409)
    expect(capture.emails()).toHaveLength(0)
  })

  it('sends now to every confirmed subscriber, and will not send the same issue twice', async () => {
    for (const [email, subscriberStatus] of [
      ['now-a@example.test', 'confirmed'],
      ['now-b@example.test', 'confirmed'],
      ['now-pending@example.test', 'pending'],
    ] as const)
      await payload.create({
        collection: 'subscribers',
        data: { email, locale: 'en', status: subscriberStatus, consent: { confirmedAt: new Date(0).toISOString() } },
      })
    const issue = await draftIssue()
    capture.clear()
    // A body that went astray never means "send to everyone".
    for (const stray of [{}, { when: 'now' }, { now: 'yes' }])
      expect((await act(issue.id, 'schedule', stray)).status).toBe(400)
    expect(await status(issue.id)).toBe('draft')
    const response = await act(issue.id, 'schedule', { now: true })
    expect(response.status).toBe(200)
    expect((await response.json()).message).toBe('Sending has started.')
    await expect.poll(() => status(issue.id), { timeout: 30_000 }).toBe('sent')
    expect(
      capture
        .emails()
        .map((mail) => mail.to[0])
        .sort(),
    ).toEqual(['now-a@example.test', 'now-b@example.test'])

    const again = await act(issue.id, 'schedule', { now: true })
    expect(again.status).toBe(409)
    expect((await again.json()).message).toBe('This issue has been sent already.')
    expect(capture.emails()).toHaveLength(2)
  })

  it('lets no one but staff act: partners and the public are refused, and nothing is sent', async () => {
    const issue = await draftIssue()
    capture.clear()
    for (const as of ['partner', null] as const) {
      expect((await act(issue.id, 'send-test', {}, { as })).status).toBe(403)
      expect((await act(issue.id, 'schedule', { now: true }, { as })).status).toBe(403)
    }
    expect((await act(999_999, 'schedule', { now: true })).status).toBe(404)
    expect(await status(issue.id)).toBe('draft')
    expect(capture.emails()).toHaveLength(0)
  })

  it('removes a subscriber’s address from the delivery ledger when an editor deletes them', async () => {
    const subscriber = await payload.create({
      collection: 'subscribers',
      data: { email: 'deleted-by-editor@example.test', locale: 'en', status: 'confirmed' },
    })
    const issue = await draftIssue()
    const batch = await sentBatch(payload, issue.id, [
      { subscriber: subscriber.id, email: 'deleted-by-editor@example.test' },
      { email: 'stays@example.test' },
    ])
    const response = await fetch(`${server.url}/api/subscribers/${subscriber.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${tokens.editor}` },
    })
    expect(response.status).toBe(200)
    const kept = await payload.findByID({ collection: 'newsletter-batches', id: batch.id, depth: 0 })
    expect(kept.deliveries?.map((delivery) => delivery.email)).toEqual(['stays@example.test'])
  })
})
