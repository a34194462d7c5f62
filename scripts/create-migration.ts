/**
 * Writes the migration that brings the committed schema of DATABASE_URI's SQL dialect up to the
 * config, named by the first argument; writes nothing when nothing changed. Opens no database.
 * Called for both dialects by `npm run migrate:create -- <name>` (scripts/create-migrations.mjs).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
// With skipEmpty, Payload ends the process itself when the schema has not changed.
await payload.db.createMigration({ migrationName: process.argv[2], payload, skipEmpty: true })
process.exit(0)
