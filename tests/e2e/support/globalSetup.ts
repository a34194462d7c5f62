import path from 'node:path'

import { ensureBuild } from '../../../scripts/lib/build.mjs'
import { startCaptureServer } from '../../../scripts/lib/mail-capture.mjs'
import { startApp } from './app'
import { onePagePdf, restClient } from './rest'

export const admin = { email: 'e2e-admin@example.org', password: 'e2e correct horse battery' }

/**
 * Builds when needed, starts the app on a freshly seeded database, and adds through the REST API
 * what the seed does not have (the sources give no deliverables, newsletters or practices): a
 * public and a sensitive deliverable, a sent newsletter, published and unmoderated practices, and
 * a draft. Emails go to a capture server the specs can read. Everything the specs need to know is passed on in `E2E_*` environment variables.
 */
export default async function globalSetup() {
  ensureBuild({ root: path.resolve(import.meta.dirname, '../../..'), log: (m: string) => console.log(`[e2e] ${m}`) })
  // Emails the app sends (sign-up confirmations, practice receipts) land here, for the specs to read.
  const capture = await startCaptureServer()
  process.env.RESEND_BASE_URL = capture.url
  const app = await startApp()
  const register = await fetch(`${app.origin}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...admin, name: 'E2E Admin' }),
  })
  if (!register.ok) throw new Error(`first user: ${register.status} ${await register.text()}`)
  const { call, token } = await restClient(app.origin, admin)

  const { docs: sites } = await call<{ docs: { id: number; key: string }[] }>('GET', '/sites?limit=10')
  const wayout = sites.find((site) => site.key === 'wayout')!.id
  const { docs: wps } = await call<{ docs: { id: number }[] }>('GET', '/work-packages?where[number][equals]=2&limit=1')

  const upload = async (title: string, restricted: boolean) => {
    const form = new FormData()
    form.append('file', onePagePdf(), `${title.toLowerCase().replace(/\W+/g, '-')}.pdf`)
    form.append('_payload', JSON.stringify({ title, restricted }))
    return call('POST', '/documents', form)
  }
  const publicFile = await upload('Public test report', false)
  const sensitiveFile = await upload('Sensitive test report', true)
  await call('POST', '/deliverables', {
    code: 'D2.1',
    title: 'E2E public report',
    workPackage: wps[0].id,
    type: 'report',
    disseminationLevel: 'PU',
    dueMonth: 6,
    deliveredDate: '2019-06-14T12:00:00.000Z',
    doi: 'https://doi.org/10.5281/zenodo.0000021',
    file: publicFile.id,
  })
  await call('POST', '/deliverables', {
    code: 'D2.2',
    title: 'E2E sensitive report',
    workPackage: wps[0].id,
    type: 'report',
    disseminationLevel: 'SEN',
    dueMonth: 9,
    file: sensitiveFile.id,
  })

  const bilingual = await call<{ id: number; slug: string }>('POST', '/news?locale=en', {
    title: 'E2E bilingual article',
    summary: 'In two languages.',
    sites: [wayout],
    _status: 'published',
  })
  const bilingualFr = await call<{ slug: string }>('PATCH', `/news/${bilingual.id}?locale=fr`, {
    title: 'Article bilingue E2E',
    summary: 'En deux langues.',
  })
  const draft = await call<{ id: number; slug: string }>('POST', '/news?draft=true', {
    title: 'E2E draft never public',
    summary: 'Unpublished.',
    sites: [wayout],
    _status: 'draft',
  })
  const { docs: news } = await call<{ docs: { id: number }[] }>('GET', '/news?limit=1&sort=-publishedAt')
  await call('POST', '/newsletters', {
    number: 1,
    title: 'E2E newsletter issue',
    status: 'sent',
    sentAt: '2021-03-01T12:00:00.000Z',
    news: [news[0].id],
  })

  const practice = (title: string, country: string, setting: string, targetGroup: string, moderationStatus: string) =>
    call('POST', '/practices', {
      title,
      country,
      setting: [setting],
      targetGroup,
      approach: `Approach of ${title}.`,
      evidence: 'Test evidence.',
      contact: { name: 'Private Person', organisation: 'Test organisation', email: 'private@example.org' },
      moderationStatus,
    })
  const inPrison = await practice('E2E mentoring in prison', 'PT', 'prison', 'Young adults', 'published')
  await practice('E2E family support in probation', 'NL', 'probation', 'Families', 'published')
  await practice('E2E unmoderated submission', 'DE', 'community', 'Families', 'submitted')

  Object.assign(process.env, {
    E2E_PORT: String(app.port),
    E2E_ADMIN_EMAIL: admin.email,
    E2E_ADMIN_PASSWORD: admin.password,
    E2E_ADMIN_TOKEN: token,
    E2E_DRAFT_NEWS_ID: String(draft.id),
    E2E_DRAFT_NEWS_SLUG: draft.slug,
    E2E_BILINGUAL_SLUG_EN: bilingual.slug,
    E2E_BILINGUAL_SLUG_FR: bilingualFr.slug,
    E2E_PRACTICE_ID: String(inPrison.id),
    E2E_SENSITIVE_FILE: String(sensitiveFile.id),
    E2E_CAPTURE_URL: capture.url,
  })
  return async () => {
    await app.stop()
    await capture.close()
  }
}
