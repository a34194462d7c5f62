import fs from 'node:fs'
import path from 'node:path'

import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type ListObjectsV2CommandOutput,
} from '@aws-sdk/client-s3'
import mime from 'mime-types'

import { uploadCollections, uploadsDir } from '@/uploads/directory'
import { s3Settings } from '@/uploads/s3Settings'

export type StoredFile = { path: string; bytes: Buffer; contentType: string }

/**
 * Where the uploads are, as the app is configured (README: Storage): the S3 bucket or the local
 * directory. Paths are the collection's folder then the file name, the same in both.
 */
export type UploadStore = {
  kind: 'disk' | 's3'
  description: string
  list: () => Promise<string[]>
  read: (file: string) => Promise<StoredFile>
  write: (file: StoredFile) => Promise<void>
}

const inCollectionFolder = (file: string) => uploadCollections.some((slug) => file.startsWith(`${slug}/`))

const diskStore = (): UploadStore => ({
  kind: 'disk',
  description: uploadsDir,
  list: async () =>
    fs.existsSync(uploadsDir)
      ? fs
          .readdirSync(uploadsDir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => path.relative(uploadsDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
          .filter(inCollectionFolder)
      : [],
  read: async (file) => ({
    path: file,
    bytes: fs.readFileSync(path.join(uploadsDir, file)),
    // Payload named the file after its checked type, so the extension gives it back.
    contentType: mime.lookup(file) || 'application/octet-stream',
  }),
  write: async ({ path: file, bytes }) => {
    const target = path.join(uploadsDir, file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.writeFileSync(target, bytes)
  },
})

const s3Store = (bucket: string, client: S3Client, endpoint: string): UploadStore => ({
  kind: 's3',
  description: `s3 bucket "${bucket}"${endpoint}`,
  list: async () => {
    const keys: string[] = []
    let token: string | undefined
    do {
      const page: ListObjectsV2CommandOutput = await client.send(
        new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
      )
      keys.push(...(page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : [])))
      token = page.NextContinuationToken
    } while (token)
    return keys.filter(inCollectionFolder)
  },
  read: async (key) => {
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    if (!object.Body) throw new Error(`s3 object ${key} has no body`)
    const bytes = Buffer.from(await object.Body.transformToByteArray())
    return { path: key, bytes, contentType: object.ContentType ?? 'application/octet-stream' }
  },
  // The content type matters here: the app serves a file with the type its object carries.
  write: async ({ path: key, bytes, contentType }) => {
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentType: contentType }))
  },
})

export const uploadStore = (): UploadStore => {
  const settings = s3Settings()
  if (!settings) return diskStore()
  const endpoint = settings.client.endpoint ? ` at ${String(settings.client.endpoint)}` : ''
  return s3Store(settings.bucket, new S3Client(settings.client), endpoint)
}
