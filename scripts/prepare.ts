/**
 * Readies the database before the server starts: applies the committed migrations (SQL) and,
 * when the database holds no site yet, seeds the WayOut content. Says what it does as it goes.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seed } from '@/seed'

const say = (message: string) => console.log(`  · ${message}`)

say(`database: ${process.env.DATABASE_URI ? process.env.DATABASE_URI.replace(/\/\/[^@]*@/, '//…@') : 'embedded SQLite (data/wayout.db)'}`)
say('applying migrations')
// In production mode Payload applies the adapter's prodMigrations while it initialises.
const payload = await getPayload({ config })
const { totalDocs } = await payload.count({ collection: 'sites' })
if (totalDocs === 0 || process.argv.includes('--seed')) {
  say('seeding the WayOut content')
  await seed(payload, (step) => say(`  seed: ${step}`))
} else {
  say(`content present (${totalDocs} sites): not seeding`)
}
await payload.destroy()
process.exit(0)
