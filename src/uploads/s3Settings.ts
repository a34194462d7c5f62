import type { S3ClientConfig } from '@aws-sdk/client-s3'

/** Where uploads go in S3-compatible storage, read from the environment (README: Storage). */
export type S3Settings = { bucket: string; client: S3ClientConfig }

/**
 * S3 settings when S3_BUCKET is set, otherwise undefined (uploads stay on the local disk).
 * Endpoint and path style are for MinIO, R2 and the local server; AWS itself needs neither.
 * Credentials fall back to the SDK's own chain (instance role, AWS_* variables) when unset.
 */
export const s3Settings = (env: NodeJS.ProcessEnv = process.env): S3Settings | undefined => {
  const bucket = env.S3_BUCKET
  if (!bucket) return undefined
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env
  return {
    bucket,
    client: {
      region: env.S3_REGION || 'us-east-1',
      endpoint: env.S3_ENDPOINT || undefined,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    },
  }
}
