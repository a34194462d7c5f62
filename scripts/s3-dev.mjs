#!/usr/bin/env node
/**
 * The local S3-compatible server: `npm run s3:dev`, then start the app with the printed settings;
 * uploads go to its bucket. Objects are kept in data/s3-dev (S3_DEV_DIR) across restarts.
 */
import path from 'node:path'

import { startLocalS3 } from './lib/local-s3.mjs'

const s3 = await startLocalS3({
  port: Number(process.env.S3_DEV_PORT ?? 4568),
  bucket: process.env.S3_DEV_BUCKET ?? 'wayout-uploads',
  directory: path.resolve(process.env.S3_DEV_DIR ?? 'data/s3-dev'),
})
console.log(`▸ Local S3 server at ${s3.endpoint}, bucket "${s3.bucket}", objects in ${s3.directory}`)
console.log('  Start the app with these settings (or put them in your environment):')
for (const [name, value] of Object.entries(s3.env)) console.log(`  export ${name}=${value}`)
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, async () => {
    await s3.stop()
    process.exit(0)
  })
