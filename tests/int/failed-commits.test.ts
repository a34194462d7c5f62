/**
 * A save is acknowledged only once the database has kept it: when the COMMIT itself fails (here a
 * deferred constraint, checked only at commit; in production PostgreSQL stopping mid-save), the
 * operation fails and nothing is stored. SQLite offers no commit-time failure to provoke.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { testDatabaseKind } from '../support/database'
import { buildWorld, type World } from '../support/fixtures'
import { startPayload, type TestPayload } from '../support/payload'

const refusedTitle = 'Refused at commit'

describe.runIf(testDatabaseKind === 'postgres')('a COMMIT that fails', () => {
  let env: TestPayload
  let world: World

  beforeAll(async () => {
    env = await startPayload('failed_commits')
    world = await buildWorld(env.payload)
    const client = new pg.Client({ connectionString: env.database.uri })
    await client.connect()
    await client.query(`
      CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.title = '${refusedTitle}' THEN RAISE EXCEPTION 'refused at commit'; END IF;
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT OR UPDATE ON news_locales
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit();
    `)
    await client.end()
  })
  afterAll(async () => env?.stop())

  const create = (title: string) =>
    env.payload.create({
      collection: 'news',
      data: { title, sites: [world.sites.wayout], _status: 'published' },
    })

  it('fails the save instead of acknowledging it, and stores nothing', async () => {
    await expect(create(refusedTitle)).rejects.toMatchObject({
      message: expect.stringMatching(/commit/),
      cause: expect.objectContaining({ message: 'refused at commit' }),
    })
    const stored = await env.payload.count({ collection: 'news', where: { title: { equals: refusedTitle } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('still acknowledges a save whose COMMIT succeeds', async () => {
    const saved = await create('Kept at commit')
    expect((await env.payload.findByID({ collection: 'news', id: saved.id })).title).toBe('Kept at commit')
  })
})
