/**
 * Files that must not become public or dangerous: a SEN deliverable's PDF stays restricted
 * whichever side changes (the deliverable or the document), judged on the saved result rather
 * than the request; and uploads are served so that an SVG or a disguised HTML file cannot run
 * script on the site's origin. Over HTTP against the built app, as an editor and a partner.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWorld, fileOf, samplePng, type World } from '../support/fixtures'
import { startAppAndPayload, type AppAndPayload } from '../support/appAndPayload'
import { signInOverHttp } from '../support/signIn'

let server: AppAndPayload
let payload: Payload
let world: World
const tokens: Record<string, string> = {}

beforeAll(async () => {
  server = await startAppAndPayload('restricted-files', async (local) => {
    world = await buildWorld(local)
  })
  payload = server.payload
  for (const role of ['partner', 'editor'] as const)
    tokens[role] = await signInOverHttp(server.url, `${role}@example.test`)
})
afterAll(async () => server?.stop())

type Role = 'partner' | 'editor'

const patch = (path: string, body: object, role: Role = 'editor') =>
  fetch(`${server.url}/api${path}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${tokens[role]}` },
    body: JSON.stringify(body),
  })

const fileOfDeliverable = async (label: string) => {
  const doc = await payload.findByID({ collection: 'deliverables', id: world.ids.deliverables[label], depth: 0 })
  return { file: doc.file, level: doc.disseminationLevel }
}

const anonymousDownload = (name: string) => fetch(`${server.url}/api/documents/file/${name}`)

describe('a SEN deliverable’s file stays restricted', () => {
  it('refuses to give a SEN deliverable a public document, and keeps the restricted one', async () => {
    const response = await patch(`/deliverables/${world.ids.deliverables.SEN}`, {
      file: world.ids.documents.public,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/invalid: file/)
    expect(await fileOfDeliverable('SEN')).toEqual({ file: world.ids.documents.restricted, level: 'SEN' })
  })

  it('refuses to make a deliverable SEN while its document is public', async () => {
    const response = await patch(`/deliverables/${world.ids.deliverables.PU}`, { disseminationLevel: 'SEN' })
    expect(response.status).toBe(400)
    expect(await fileOfDeliverable('PU')).toEqual({ file: world.ids.documents.public, level: 'PU' })
  })

  it('refuses to lift the restriction of a document that a SEN deliverable uses', async () => {
    const response = await patch(`/documents/${world.ids.documents.restricted}`, { restricted: false })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toMatch(/invalid: restricted/)
    const doc = await payload.findByID({ collection: 'documents', id: world.ids.documents.restricted, depth: 0 })
    expect(doc.restricted).toBe(true)
    expect([403, 404]).toContain((await anonymousDownload('sensitive-report.pdf')).status)
  })

  it('still lets editors change other fields of both, and lift the restriction of an unused document', async () => {
    expect((await patch(`/deliverables/${world.ids.deliverables.SEN}`, { dueMonth: 12 })).status).toBe(200)
    expect((await patch(`/documents/${world.ids.documents.restricted}`, { title: 'Renamed' })).status).toBe(200)
    const unused = await payload.create({
      collection: 'documents',
      data: { title: 'Unused', restricted: true },
      file: await fileOf('pdf', 'unused.pdf'),
    })
    expect((await patch(`/documents/${unused.id}`, { restricted: false })).status).toBe(200)
  })
})

describe('no shared cache keeps a document', () => {
  it('serves a restricted document to a partner as private and not to be stored, and public files as revalidated', async () => {
    const restricted = await fetch(`${server.url}/api/documents/file/sensitive-report.pdf`, {
      headers: { authorization: `JWT ${tokens.partner}` },
    })
    expect(restricted.status).toBe(200)
    expect(restricted.headers.get('cache-control')).toBe('private, no-store')
    // A public document may become restricted later, so no document is left in a shared cache.
    const open = await anonymousDownload('public-report.pdf')
    expect(open.status).toBe(200)
    expect(open.headers.get('cache-control')).toBe('private, no-store')
    // Asking for a range outside the file is answered by another branch of the file route.
    const range = await fetch(`${server.url}/api/documents/file/sensitive-report.pdf`, {
      headers: { authorization: `JWT ${tokens.partner}`, range: 'bytes=999999999-' },
    })
    expect(range.status).toBe(416)
    expect(range.headers.get('cache-control')).toBe('private, no-store')
  })
})

const upload = async (collection: 'media' | 'documents', name: string, type: string, bytes: Buffer | string) => {
  const form = new FormData()
  form.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'An image', title: 'A file' }))
  const response = await fetch(`${server.url}/api/${collection}`, {
    method: 'POST',
    headers: { authorization: `JWT ${tokens.partner}` },
    body: form,
  })
  return { status: response.status, body: await response.json().catch(() => null) }
}

const hostileSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>`
const plainSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#1d3c6e"/></svg>`

describe('uploads cannot run script on the site', () => {
  it('refuses an SVG with a script from a partner, with a 4xx', async () => {
    const { status } = await upload('media', 'logo.svg', 'image/svg+xml', hostileSvg)
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
  })

  it('refuses HTML passed off as a PNG or an SVG, judging by the bytes rather than the name and declared type', async () => {
    const html = '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'
    for (const [name, type] of [
      ['photo.png', 'image/png'],
      ['logo.svg', 'image/svg+xml'],
    ]) {
      const { status } = await upload('media', name, type, html)
      expect(status, name).toBeGreaterThanOrEqual(400)
      expect(status, name).toBeLessThan(500)
    }
  })

  it('serves an accepted SVG as a sandboxed download that the browser does not sniff', async () => {
    const { status, body } = await upload('media', 'plain.svg', 'image/svg+xml', plainSvg)
    expect(status).toBe(201)
    const response = await fetch(body.doc.url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toMatch(/(^|;)\s*sandbox\b/)
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/)
  })

  it('serves images sandboxed and unsniffed, and PDFs unsniffed, both inline', async () => {
    const png = await upload('media', 'square.png', 'image/png', await samplePng())
    expect(png.status).toBe(201)
    const image = await fetch(png.body.doc.url)
    expect(image.headers.get('content-type')).toBe('image/png')
    expect(image.headers.get('x-content-type-options')).toBe('nosniff')
    expect(image.headers.get('content-security-policy')).toMatch(/(^|;)\s*sandbox\b/)
    expect(image.headers.get('content-disposition') ?? 'inline').toMatch(/^inline/)
    expect(image.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')

    const pdf = await fetch(`${server.url}/api/documents/file/public-report.pdf`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff')
    expect(pdf.headers.get('content-disposition') ?? 'inline').toMatch(/^inline/)
  })
})
