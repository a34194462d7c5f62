/**
 * `npm run seed`: (re)applies the WayOut seed content; safe to run on a seeded database. The
 * notices (accessibility, privacy, legal) are only created where missing: editors complete them.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '@/seed'

const payload = await getPayload({ config })
await seed(payload, (step) => console.log(`seed: ${step}`))
await payload.destroy()
process.exit(0)
