/**
 * A local S3-compatible server (the s3rver package: plain JavaScript, no binary to download) for
 * development (`npm run s3:dev`), the tests and the cluster harness. The app talks to it with the
 * real AWS SDK, exactly as to AWS S3, MinIO or R2: `env` holds the settings to start it with.
 * Objects are kept as files in `directory`, so a server stopped and started again on the same
 * port and directory has the same bucket, as after a storage outage.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'

// s3rver's built-in account: it checks request signatures against these.
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

/**
 * @param {{ port?: number, host?: string, bucket?: string, directory?: string }} [options]
 *   port 0 (default): a free one; directory unset: a new temporary one, removed by `destroy`.
 */
export async function startLocalS3({ port = 0, host = '127.0.0.1', bucket = 'wayout-uploads', directory } = {}) {
  const ownDirectory = !directory
  const dir = directory ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-s3-'))
  fs.mkdirSync(dir, { recursive: true })
  const server = new S3rver({ port, address: host, directory: dir, silent: true, configureBuckets: [{ name: bucket }] })
  const address = await server.run()
  const endpoint = `http://${host}:${address.port}`

  /** Stops listening (open keep-alive connections are cut, as in a real outage); the files stay. */
  const stop = async () => {
    const closed = server.close()
    server.httpServer.closeAllConnections()
    await closed
  }

  return {
    endpoint,
    port: address.port,
    bucket,
    directory: dir,
    credentials,
    /** The app's settings for this server (README: Storage). */
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    stop,
    /** Stops the server and removes its directory if this module made it. */
    destroy: async () => {
      if (server.httpServer.listening) await stop()
      if (ownDirectory) fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** @typedef {Awaited<ReturnType<typeof startLocalS3>>} LocalS3 */
