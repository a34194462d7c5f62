import type { Payload } from 'payload'

import { seed } from '@/seed'

import { keepStatisticsFresh } from './statistics'

/**
 * Readies a database when the server starts: the SQL adapters have already applied the committed
 * migrations (prodMigrations) while Payload initialised; an empty database gets the WayOut seed.
 */
export const prepareDatabase = async (payload: Payload) => {
  const { totalDocs } = await payload.count({ collection: 'sites' })
  if (totalDocs > 0) payload.logger.info(`Database ready: ${totalDocs} sites, not seeding.`)
  else {
    payload.logger.info('Empty database: seeding the WayOut content…')
    await seed(payload, (step) => payload.logger.info(`  seed: ${step}`))
    payload.logger.info('Seeded.')
  }
  await keepStatisticsFresh(payload)
}
