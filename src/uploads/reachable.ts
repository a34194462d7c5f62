import fs from 'node:fs/promises'

import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'

import { uploadsDir } from './directory'
import { s3Settings } from './s3Settings'

const settings = s3Settings()
// One attempt, no retries: a readiness probe and an upload's pre-check want the answer now.
const client = settings && new S3Client({ ...settings.client, maxAttempts: 1 })
const timeoutMs = 3000

const reason = (error: unknown) =>
  error instanceof Error
    ? `${error.name}${'code' in error ? ` ${String(error.code)}` : ''}: ${error.message}`
    : String(error)

/**
 * Resolves when uploads can be stored: the S3 bucket answers HeadBucket (when S3 is configured),
 * or the local uploads directory exists (made if missing) and is writable. Otherwise throws an
 * Error whose message says which storage failed and why.
 */
export const uploadsReachable = async (): Promise<void> => {
  if (settings && client) {
    try {
      await client.send(new HeadBucketCommand({ Bucket: settings.bucket }), {
        abortSignal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const where = settings.client.endpoint ? ` at ${String(settings.client.endpoint)}` : ''
      throw new Error(`Upload storage is not reachable: S3 bucket "${settings.bucket}"${where} (${reason(error)})`)
    }
    return
  }
  try {
    await fs.mkdir(uploadsDir, { recursive: true })
    await fs.access(uploadsDir, fs.constants.W_OK)
  } catch (error) {
    throw new Error(`Upload storage is not reachable: the directory ${uploadsDir} is not writable (${reason(error)})`)
  }
}
