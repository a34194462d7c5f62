/**
 * SQLite plans its queries from statistics from the moment the server starts (src/db/statistics.ts):
 * a public news list walks the publication-date index instead of sorting every item on the site.
 * PostgreSQL keeps its own statistics (autovacuum), so this is SQLite's alone.
 */
import { sql } from '@payloadcms/db-sqlite'
import { beforeAll, describe, expect, it } from 'vitest'

import { isSqlite } from '@/db/adapterKinds'
import { keepStatisticsFresh } from '@/db/statistics'

import { testDatabaseKind } from '../support/database'
import { withWorld } from '../support/world'

const t = withWorld('query_plans')

describe.runIf(testDatabaseKind === 'sqlite')('SQLite statistics at start', () => {
  const db = () => {
    const adapter = t.payload.db
    if (!isSqlite(adapter)) throw new Error('runs on SQLite only')
    return adapter
  }
  const statisticsOf = async (table: string) =>
    (await db().drizzle.all<{ idx: string }>(sql`select idx from sqlite_stat1 where tbl = ${table}`)).map(
      (row) => row.idx,
    )

  beforeAll(async () => {
    const site = t.world.sites.wayout
    for (let n = 0; n < 40; n++)
      await t.payload.create({
        collection: 'news',
        data: {
          title: `Item ${n}`,
          sites: [site],
          publishedAt: new Date(2024, 0, n + 1).toISOString(),
          _status: 'published',
        },
        depth: 0,
      })
  })

  it('are gathered for the content tables, their indexes included, before any query asks', async () => {
    await keepStatisticsFresh(t.payload)
    expect(await statisticsOf('news')).toContain('news_published_at_idx')
    expect(await statisticsOf('news_rels')).toContain('news_rels_parent_idx')
  })

  it('let a public news list on one site walk the publication-date index', async () => {
    await keepStatisticsFresh(t.payload)
    const plan = await db().drizzle.all<{ detail: string }>(sql`
      explain query plan
      select distinct news.id from news
      left join news_rels r on news.id = r.parent_id and r.path like 'sites'
      where r.sites_id = ${t.world.sites.wayout} and news._status = 'published'
      order by news.published_at desc limit 10`)
    expect(plan.map((step) => step.detail).join('\n')).toContain('USING INDEX news_published_at_idx')
  })
})
