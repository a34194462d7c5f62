/**
 * `npm run generate`: regenerates src/payload-types.ts and the admin import map from the config.
 * Called in-process rather than through the Payload CLI, which can exit 0 having done nothing
 * (upstream payload #17757).
 */
import configPromise from '@payload-config'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

const config = await configPromise
await generateTypes(config, { log: true })
await generateImportMap(config, { log: true })
console.log('types and import map are up to date')
process.exit(0)
