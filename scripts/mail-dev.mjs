#!/usr/bin/env node
/**
 * The local mail catcher: `npm run mail:dev`, then start the app with the printed
 * RESEND_BASE_URL; every email it sends shows up at the printed address instead of being sent.
 */
import { startCaptureServer } from './lib/mail-capture.mjs'

const port = Number(process.env.MAIL_DEV_PORT ?? 3025)
const capture = await startCaptureServer({ port, requestsPerSecond: Number(process.env.MAIL_DEV_RATE ?? 0) })
console.log(`▸ Mail capture server: open ${capture.url} to read captured emails`)
console.log(`  Start the app with: RESEND_BASE_URL=${capture.url} npm start`)
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, async () => {
    await capture.close()
    process.exit(0)
  })
