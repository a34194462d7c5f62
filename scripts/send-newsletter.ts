/**
 * `npm run newsletter:send -- <issue number>`: sends (or resumes sending) one issue from the
 * command line, outside the server's job runner, with the same resumable sender.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { sendIssue } from '@/plugins/newsletter/sending/sender'

const number = Number(process.argv[2])
if (!Number.isInteger(number) || number < 1) {
  console.error('Usage: npm run newsletter:send -- <issue number>')
  process.exit(2)
}
const payload = await getPayload({ config })
const { docs } = await payload.find({ collection: 'newsletters', where: { number: { equals: number } }, limit: 1 })
if (!docs[0]) {
  console.error(`No newsletter issue number ${number}.`)
  process.exit(1)
}
const outcome = await sendIssue(payload, docs[0].id)
console.log(`Newsletter ${number}: ${outcome}`)
await payload.destroy()
process.exit(outcome === 'sent' ? 0 : 1)
