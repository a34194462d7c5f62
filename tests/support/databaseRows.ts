import { createClient } from '@libsql/client'
import pg from 'pg'

import type { TestDatabase } from './database'

/**
 * Every row of every table, as JSON text per table: for checking at the database level that
 * something (an erased address, say) is nowhere, whatever collection or table would hold it.
 */
export const tableContents = async (database: TestDatabase): Promise<Record<string, string>> => {
  const contents: Record<string, string> = {}
  if (database.kind === 'sqlite') {
    const client = createClient({ url: database.uri })
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    for (const { name } of tables.rows)
      contents[String(name)] = JSON.stringify((await client.execute(`SELECT * FROM "${String(name)}"`)).rows)
    client.close()
    return contents
  }
  if (database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: database.uri })
    await client.connect()
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    )
    for (const { table_name: name } of tables.rows)
      contents[name] = JSON.stringify((await client.query(`SELECT * FROM "${name}"`)).rows)
    await client.end()
    return contents
  }
  throw new Error(`no table listing for ${database.kind}`)
}

/** The tables whose rows contain `text` (case-insensitive). */
export const tablesContaining = async (database: TestDatabase, text: string) =>
  Object.entries(await tableContents(database))
    .filter(([, rows]) => rows.toLowerCase().includes(text.toLowerCase()))
    .map(([name]) => name)
