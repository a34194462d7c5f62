import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { backfillMissingLocales } from '../../src/plugins/translation-status/backfill'

/** Documents saved before translation status existed get theirs (no schema change). */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await backfillMissingLocales(payload, req)
}

/** The column goes with the schema migration before this one. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
