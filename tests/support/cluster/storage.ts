import { startLocalS3, type LocalS3 } from '../../../scripts/lib/local-s3.mjs'

export type Storage = {
  /** The app's S3_* settings for it. */
  env: Record<string, string>
  endpoint: string
  /** An outage: the server stops listening; its objects stay. */
  stop: () => Promise<void>
  /** Back on the same port with the same objects. */
  start: () => Promise<void>
  destroy: () => Promise<void>
}

/** The project's local S3-compatible server (scripts/lib/local-s3.mjs), stoppable and restartable. */
export const startStorage = async (): Promise<Storage> => {
  const first = await startLocalS3()
  let current: LocalS3 | null = first
  return {
    env: first.env,
    endpoint: first.endpoint,
    stop: async () => {
      await current?.stop()
      current = null
    },
    start: async () => {
      current ??= await startLocalS3({ port: first.port, bucket: first.bucket, directory: first.directory })
    },
    destroy: async () => {
      await current?.stop()
      await first.destroy()
    },
  }
}
