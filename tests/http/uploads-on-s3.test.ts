/**
 * Uploads in S3-compatible storage: the local S3 server started by the project, read back with the
 * AWS SDK. Files land in the private bucket (not on the disk) and are served only through the app,
 * with the same safe headers; restricted documents stay refused to the public and no bucket URL is
 * ever handed out; while the storage is down (or fails mid-upload) an upload is refused with a
 * clear 503 that saves nothing, pages are still served, and uploads work again once it is back.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startLocalS3, type LocalS3 } from '../../scripts/lib/local-s3.mjs'
import { bucketOf } from '../support/bucket'
import { freshDatabase, type TestDatabase } from '../support/database'
import { buildWorld, samplePng } from '../support/fixtures'
import { closePayload, openPayload, testEnvironment } from '../support/payload'
import { samplePdf } from '../support/samplePdf'
import { serveApp, type AppProcess } from '../support/server'
import { signInOverHttp } from '../support/signIn'

let s3: LocalS3
// The same server started again on the same port and directory, after the outage.
let revived: LocalS3 | undefined
let database: TestDatabase
let payload: Payload
let app: AppProcess
let uploads: string
let removeUploads: () => void
const tokens: Record<'partner' | 'editor', string> = { partner: '', editor: '' }

beforeAll(async () => {
  s3 = await startLocalS3()
  // This process's Payload writes the fixtures' files through the same storage as the app.
  Object.assign(process.env, s3.env)
  database = await freshDatabase('uploads-on-s3')
  ;({ uploads, removeUploads } = testEnvironment())
  payload = await openPayload(database.uri)
  await buildWorld(payload)
  app = await serveApp(database, { uploads, env: s3.env })
  for (const role of ['partner', 'editor'] as const)
    tokens[role] = await signInOverHttp(app.url, `${role}@example.test`)
})
afterAll(async () => {
  await app?.stop()
  if (payload) await closePayload(payload)
  await database?.drop()
  removeUploads?.()
  await revived?.stop()
  await s3?.destroy()
})

const upload = async (collection: 'media' | 'documents', name: string, type: string, bytes: Buffer) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'An image', title: 'A file' }))
  const response = await fetch(`${app.url}/api/${collection}`, {
    method: 'POST',
    headers: { authorization: `JWT ${tokens.editor}` },
    body: form,
  })
  return { status: response.status, body: await response.json() }
}

const download = async (url: string, role?: 'partner') => {
  const response = await fetch(url, role ? { headers: { authorization: `JWT ${tokens[role]}` } } : {})
  return { response, bytes: Buffer.from(await response.arrayBuffer()) }
}

const filesOnDisk = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((e) => e.name)

describe('uploads in the S3 bucket', () => {
  it('stores an image with its sizes and a document in the bucket, not on the disk, and serves them through the app', async () => {
    // Wider than the thumbnail and card sizes, so both are made (Payload never enlarges).
    const png = await sharp({ create: { width: 900, height: 300, channels: 3, background: '#1d3c6e' } })
      .png()
      .toBuffer()
    const image = await upload('media', 'harbour.png', 'image/png', png)
    expect(image.status).toBe(201)
    const pdf = samplePdf()
    const document = await upload('documents', 'agenda.pdf', 'application/pdf', pdf)
    expect(document.status).toBe(201)

    const bucket = bucketOf(s3)
    const keys = await bucket.keys()
    expect(keys).toContain('media/harbour.png')
    for (const size of ['thumbnail', 'card']) expect(keys).toContain(`media/${image.body.doc.sizes[size].filename}`)
    expect(keys).toContain('documents/agenda.pdf')
    expect((await bucket.bytes('documents/agenda.pdf')).equals(pdf)).toBe(true)
    expect(filesOnDisk(uploads)).toEqual([])

    expect(image.body.doc.url).toMatch(new RegExp(`^${app.url}/api/media/file/harbour\\.png`))
    const served = await download(image.body.doc.url)
    expect(served.response.status).toBe(200)
    expect(served.bytes.equals(await bucket.bytes('media/harbour.png'))).toBe(true)
    expect(served.response.headers.get('content-type')).toBe('image/png')
    expect(served.response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(served.response.headers.get('content-security-policy')).toMatch(/(^|;)\s*sandbox\b/)
    expect(served.response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')

    // The responsive sizes are WebP files in the bucket, served by the same route as the original.
    for (const size of ['thumbnail', 'card']) {
      const stored = image.body.doc.sizes[size]
      expect(stored.mimeType).toBe('image/webp')
      const variant = await download(stored.url)
      expect(variant.response.status).toBe(200)
      expect(variant.response.headers.get('content-type')).toBe('image/webp')
      expect(variant.bytes.equals(await bucket.bytes(`media/${stored.filename}`))).toBe(true)
    }

    const agenda = await download(document.body.doc.url)
    expect(agenda.response.status).toBe(200)
    expect(agenda.bytes.equals(pdf)).toBe(true)
    expect(agenda.response.headers.get('content-type')).toBe('application/pdf')
  })

  it('serves an SVG from the bucket as a sandboxed download', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>`
    const { status, body } = await upload('media', 'mark.svg', 'image/svg+xml', Buffer.from(svg))
    expect(status).toBe(201)
    const { response } = await download(body.doc.url)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
  })
})

describe('restricted documents in the bucket', () => {
  const restrictedUrl = () => `${app.url}/api/documents/file/sensitive-report.pdf`

  it('refuses a restricted document to the public and serves it to a partner from the bucket', async () => {
    const stored = await bucketOf(s3).bytes('documents/sensitive-report.pdf')
    const anonymous = await download(restrictedUrl())
    expect([401, 403, 404]).toContain(anonymous.response.status)
    expect(anonymous.bytes.includes(stored)).toBe(false)
    const partner = await download(restrictedUrl(), 'partner')
    expect(partner.response.status).toBe(200)
    expect(partner.bytes.equals(stored)).toBe(true)
    // Never kept by a shared cache (a CDN caching .pdf by extension would hand it to anyone).
    expect(partner.response.headers.get('cache-control')).toBe('private, no-store')
  })

  it('never hands out a bucket URL for a file, to the public or to staff', async () => {
    const asEditor = await fetch(`${app.url}/api/documents?depth=0&limit=100`, {
      headers: { authorization: `JWT ${tokens.editor}` },
    })
    const asPublic = await fetch(`${app.url}/api/media?depth=0&limit=100`)
    for (const response of [asEditor, asPublic]) {
      expect(response.status).toBe(200)
      const { docs } = (await response.json()) as { docs: { url: string }[] }
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) expect(doc.url.startsWith(`${app.url}/api/`)).toBe(true)
      expect(JSON.stringify(docs)).not.toContain(`:${s3.port}`)
    }
  })
})

describe('while the storage is down', () => {
  it('answers a storage failure in the middle of an upload with a 503, and keeps no document', async () => {
    // The bucket answers, but cannot write under documents/: a file stands where that folder was.
    const folder = `${s3.directory}/${s3.bucket}/documents`
    const before = await payload.count({ collection: 'documents' })
    fs.renameSync(folder, `${folder}.aside`)
    fs.writeFileSync(folder, '')
    try {
      const failed = await upload('documents', 'midway.pdf', 'application/pdf', samplePdf())
      expect(failed.status).toBe(503)
      expect(failed.body.errors[0].message).toMatch(/storage is unavailable.*nothing was saved/i)
      expect(await payload.count({ collection: 'documents' })).toEqual(before)
    } finally {
      fs.rmSync(folder)
      fs.renameSync(`${folder}.aside`, folder)
    }
  })

  it('refuses an upload with a clear 503 and saves nothing, still serves pages, and takes uploads again once it is back', async () => {
    const before = await payload.count({ collection: 'media' })
    await s3.stop()
    try {
      const refused = await upload('media', 'offline.png', 'image/png', await samplePng())
      expect(refused.status).toBe(503)
      expect(refused.body.errors[0].message).toMatch(/storage is unavailable.*nothing was saved/i)
      expect(await payload.count({ collection: 'media' })).toEqual(before)
      expect((await fetch(`${app.url}/en`)).status).toBe(200)
    } finally {
      revived = await startLocalS3({ port: s3.port, bucket: s3.bucket, directory: s3.directory })
    }
    const accepted = await upload('media', 'back.png', 'image/png', await samplePng())
    expect(accepted.status).toBe(201)
    expect(await bucketOf(s3).keys()).toContain('media/back.png')
  })
})
