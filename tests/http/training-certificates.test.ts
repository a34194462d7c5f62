/**
 * The training round trip over HTTP against the built app, through the capture server: register
 * → confirm → a reminder before the session (the job queue) → the organiser marks attendance →
 * completion by the course's rule → the certificate email → the PDF, read back, holds the name,
 * the course, the dates and the code. Then the public verification page: valid, revoked by an
 * editor, and an unknown code (404 that says so).
 */
import type { Payload } from 'payload'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCaptureServer } from '../../scripts/lib/mail-capture.mjs'

import { startAppAndPayload, type AppAndPayload } from '../support/appAndPayload'
import { buildWorld } from '../support/fixtures'
import { signInOverHttp } from '../support/signIn'

const hour = 60 * 60 * 1000
const email = 'maria@certificates.example.test'

let capture: Awaited<ReturnType<typeof startCaptureServer>>
let server: AppAndPayload
let payload: Payload
let edition: number
let editor: string

beforeAll(async () => {
  capture = await startCaptureServer()
  Object.assign(process.env, { RESEND_BASE_URL: capture.url, RESEND_REQUESTS_PER_SECOND: '50', TRUST_PROXY: 'true' })
  server = await startAppAndPayload('training-certificates', async (local) => {
    await buildWorld(local)
    const course = await local.create({
      collection: 'courses',
      data: { title: 'Exit work course', slug: 'exit-work', hours: 12, completionRule: 'all-sessions' },
    })
    // The first session in 12 hours (due for its reminder), the second in 3 days.
    const session = (inHours: number) => ({
      startsAt: new Date(Date.now() + inHours * hour).toISOString(),
      startsAt_tz: 'Europe/Lisbon' as const,
      allDay: true,
    })
    edition = (
      await local.create({
        collection: 'course-editions',
        data: {
          course: course.id,
          title: 'Autumn edition',
          slug: 'autumn',
          capacity: 10,
          online: true,
          joiningUrl: 'https://meet.example.test/autumn',
          sessions: [session(12), session(72)],
        },
      })
    ).id
  })
  payload = server.payload
  editor = await signInOverHttp(server.url, 'editor@example.test')
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await capture?.close()
})

const mailsTo = () => capture.emails().filter((mail) => mail.to[0] === email)

const linkIn = (text: string | undefined, pattern: string) => {
  const match = text?.match(new RegExp(`(${pattern}\\?token=[^\\s)\\]]+)`))
  if (!match) throw new Error(`no ${pattern} link in ${text}`)
  return { url: match[1], token: decodeURIComponent(match[1].split('token=')[1]) }
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.11.0.1', ...headers },
    body: JSON.stringify(body),
  })

const pdfText = async (bytes: ArrayBuffer) => {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise
  const page = await document.getPage(1)
  const content = await page.getTextContent()
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ')
}

let code = ''

describe('the training round trip', () => {
  it('goes from registration to a certificate whose PDF names the participant, course, dates and code', async () => {
    const registered = await post('/api/public/v1/training/registrations', {
      edition,
      name: 'Maria Exemplo',
      email,
      country: 'PT',
      role: 'prison-psychologist',
      locale: 'pt',
      consent: true,
    })
    expect(registered.status).toBe(202)
    const confirm = linkIn(mailsTo()[0].text, '/en/training/confirm')
    const confirmed = await post('/api/public/v1/training/confirm', { token: confirm.token, locale: 'pt' })
    expect(((await confirmed.json()) as { result: string }).result).toBe('registered')

    // The reminder job: the first session is within a day, the second is not; run twice, one email.
    for (let run = 0; run < 2; run++) {
      await payload.jobs.queue({ task: 'sendSessionReminders', input: {} })
      await payload.jobs.run({ limit: 10 })
    }
    const reminders = mailsTo().filter((mail) => mail.subject === 'Lembrete: a sua sessão do curso WayOut')
    expect(reminders).toHaveLength(1)
    expect(reminders[0].text).toContain('https://meet.example.test/autumn')

    // The organiser marks attendance over REST: one session is not enough, both complete the course.
    const [registration] = (
      await payload.find({ collection: 'registrations', where: { email: { equals: email } }, depth: 0 })
    ).docs
    const mark = (sessions: number[]) =>
      fetch(`${server.url}/api/registrations/${registration.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${editor}` },
        body: JSON.stringify({ attendance: sessions.map((session) => ({ session })) }),
      })
    expect((await mark([1])).status).toBe(200)
    expect((await payload.count({ collection: 'certificates' })).totalDocs).toBe(0)
    expect((await mark([1, 2])).status).toBe(200)
    const [certificate] = (await payload.find({ collection: 'certificates', depth: 0 })).docs
    expect(certificate.code).toMatch(/^WO-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/)
    code = certificate.code

    await payload.jobs.run({ limit: 10 })
    const sent = mailsTo().filter((mail) => mail.subject === 'O seu certificado do curso WayOut')
    expect(sent).toHaveLength(1)
    const download = linkIn(sent[0].text, 'http://[^\\s]+/api/public/v1/training/certificate')
    const pdf = await fetch(download.url)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const text = await pdfText(await pdf.arrayBuffer())
    expect(text).toContain('Maria Exemplo')
    expect(text).toContain('Exit work course')
    expect(text).toContain('Certificado de conclusão')
    expect(text).toContain(code)
    expect(text).toContain('12 horas')
    const firstDay = new Intl.DateTimeFormat('pt', { dateStyle: 'long', timeZone: 'Europe/Lisbon' }).format(
      new Date(Date.now() + 12 * hour),
    )
    expect(text).toContain(firstDay)

    // The participant's page offers the same download: in English, the first language of a site
    // that is not published in Portuguese (its Portuguese addresses are 404s).
    const own = linkIn(sent[0].text, '/en/training/participant')
    const page = await fetch(`${server.url}${own.url}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Download my certificate')
  })
})

describe('the organisers', () => {
  it('export an edition’s participants as CSV, with status, attendance and completion; no one else can', async () => {
    const url = `${server.url}/api/course-editions/${edition}/participants.csv`
    const answer = await fetch(url, { headers: { authorization: `JWT ${editor}` } })
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/)
    const [header, row] = (await answer.text()).trim().split('\r\n')
    expect(header).toBe('name,email,organisation,country,role,status,queued at,sessions attended,completed at')
    expect(row).toMatch(
      /^Maria Exemplo,maria@certificates\.example\.test,,PT,Prison staff: psychologist,registered,[^,]+,1 2,\d{4}-/,
    )
    const partner = await signInOverHttp(server.url, 'partner@example.test')
    for (const headers of [{}, { authorization: `JWT ${partner}` }] as HeadersInit[])
      expect((await fetch(url, { headers })).status).toBe(403)
  })
})

describe('the verification page', () => {
  it('says a certificate is valid, for whom and for which course, and nothing more', async () => {
    const answer = await fetch(`${server.url}/en/certificates/${code}`)
    expect(answer.status).toBe(200)
    const html = await answer.text()
    expect(html).toContain('This certificate is valid.')
    expect(html).toContain('Maria Exemplo')
    expect(html).toContain('Exit work course')
    expect(html).not.toContain(email)
    expect(html).not.toContain('Autumn edition')
    expect(answer.headers.get('cache-control')).toMatch(/no-store/)
  })

  it('says so once an editor revokes it, and the PDF is no longer given out', async () => {
    const [certificate] = (await payload.find({ collection: 'certificates', depth: 0 })).docs
    const revoked = await fetch(`${server.url}/api/certificates/${certificate.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor}` },
      body: JSON.stringify({ revoked: true, revokedReason: 'issued by mistake' }),
    })
    expect(revoked.status).toBe(200)
    const html = await (await fetch(`${server.url}/fr/certificates/${code}`)).text()
    expect(html).toContain('Ce certificat a été révoqué.')
    expect(html).not.toContain('issued by mistake')
    const sent = mailsTo().find((mail) => mail.subject === 'O seu certificado do curso WayOut')
    const download = linkIn(sent?.text, 'http://[^\\s]+/api/public/v1/training/certificate')
    expect((await fetch(download.url)).status).toBe(404)
  })

  it('answers an unknown code with a 404 that says no certificate has it', async () => {
    for (const unknown of ['WO-AAAA-BBBB-CCCC', 'anything-else']) {
      const answer = await fetch(`${server.url}/en/certificates/${unknown}`)
      expect(answer.status).toBe(404)
      expect(await answer.text()).toContain('No certificate has this code.')
    }
  })
})
