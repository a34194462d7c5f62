import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { isSql } from './adapterKinds'

/**
 * The SQL statements a new migration would need to hold: none when the last committed snapshot
 * in `dir` matches the config's schema. Mirrors how `payload migrate:create` diffs, without writing.
 */
export const pendingMigrationStatements = async (payload: Payload, dir: string) => {
  const { db } = payload
  if (!isSql(db)) throw new Error(`${db.name} keeps no migration snapshots`)
  const kit = db.requireDrizzleKit()
  const latest = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .at(-1)
  let before = latest ? JSON.parse(fs.readFileSync(path.join(dir, latest), 'utf8')) : db.defaultDrizzleSnapshot
  const after = await kit.generateDrizzleJson(db.schema)
  if (kit.upSnapshot && before.version < after.version) before = kit.upSnapshot(before)
  return { latest, statements: await kit.generateMigration(before, after) }
}
