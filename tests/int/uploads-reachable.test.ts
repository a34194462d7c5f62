/**
 * uploadsReachable(), what the readiness check asks of the upload storage: it resolves while the
 * storage can take a file and throws, saying which storage and why, while it cannot: the local S3
 * server stopped, a bucket that does not exist, an uploads directory that cannot be made.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startLocalS3, type LocalS3 } from '../../scripts/lib/local-s3.mjs'

const settingNames = [
  'S3_BUCKET',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'UPLOADS_DIR',
]

/** The function as a process started with `env` has it: the settings are read when it loads. */
const reachableWith = async (env: Record<string, string>) => {
  for (const name of settingNames) delete process.env[name]
  Object.assign(process.env, env)
  vi.resetModules()
  return (await import('@/uploads/reachable')).uploadsReachable
}

let s3: LocalS3
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-reachable-'))
beforeAll(async () => {
  s3 = await startLocalS3()
})
afterAll(async () => {
  await s3?.destroy()
  fs.rmSync(scratch, { recursive: true, force: true })
})

describe('with uploads in S3', () => {
  it('resolves while the bucket answers', async () => {
    await expect((await reachableWith(s3.env))()).resolves.toBeUndefined()
  })

  it('names the bucket and the endpoint when the bucket does not exist', async () => {
    const reachable = await reachableWith({ ...s3.env, S3_BUCKET: 'no-such-bucket' })
    await expect(reachable()).rejects.toThrow(
      `Upload storage is not reachable: S3 bucket "no-such-bucket" at ${s3.endpoint}`,
    )
  })

  it('throws, saying the server refused the connection, while the S3 server is down', async () => {
    const reachable = await reachableWith(s3.env)
    await s3.stop()
    await expect(reachable()).rejects.toThrow(
      /S3 bucket "wayout-uploads" at http:\/\/127\.0\.0\.1:\d+ \(.*ECONNREFUSED/,
    )
  })
})

describe('with uploads on disk', () => {
  it('resolves, making the uploads directory when it is missing', async () => {
    const dir = path.join(scratch, 'uploads')
    await expect((await reachableWith({ UPLOADS_DIR: dir }))()).resolves.toBeUndefined()
    expect(fs.statSync(dir).isDirectory()).toBe(true)
  })

  it('throws, naming the directory, when it cannot be made', async () => {
    const file = path.join(scratch, 'a-file')
    fs.writeFileSync(file, '')
    const dir = path.join(file, 'uploads')
    await expect((await reachableWith({ UPLOADS_DIR: dir }))()).rejects.toThrow(
      `Upload storage is not reachable: the directory ${dir} is not writable`,
    )
  })
})
