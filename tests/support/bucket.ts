import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'

import type { LocalS3 } from '../../scripts/lib/local-s3.mjs'

/** What a bucket on the local S3 server holds, read with the AWS SDK as any S3 client would. */
export const bucketOf = (s3: LocalS3) => {
  const client = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: s3.credentials,
  })
  return {
    keys: async () => {
      const keys: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket, ContinuationToken }))
        keys.push(...(page.Contents ?? []).flatMap((object) => (object.Key ? [object.Key] : [])))
        ContinuationToken = page.NextContinuationToken
      } while (ContinuationToken)
      return keys.sort()
    },
    bytes: async (key: string) => {
      const object = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }))
      return Buffer.from(await object.Body!.transformToByteArray())
    },
  }
}
