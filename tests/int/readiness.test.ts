/**
 * What /readyz reports about the database and the live sites, through the Local API: not ready
 * while the database is still being prepared (migrated and, when empty, seeded), so no visitor
 * reaches a half-written site; and a reading of the sites under way is waited for, so the front
 * cache knows a site created just before it says ready.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { resolveHost } from '@/plugins/site-cache/siteDirectory'
import { databasePrepared, registerPayload } from '@/server/processState'
import { readiness } from '@/server/readiness'

import { startPayload, type TestPayload } from '../support/payload'

let t: TestPayload

beforeAll(async () => {
  t = await startPayload('readiness')
}, 300_000)
afterAll(async () => t?.stop())

describe('readiness of a starting instance', () => {
  it('says the database is not ready until it is prepared, then ready', async () => {
    expect((await readiness()).checks.database).toEqual({ ok: false, error: 'starting' })
    registerPayload(t.payload)
    const preparing = await readiness()
    expect(preparing.ready).toBe(false)
    expect(preparing.checks.database).toEqual({ ok: false, error: 'migrating or seeding the database' })
    databasePrepared()
    expect((await readiness()).checks.database).toEqual({ ok: true })
  })

  it('knows a site created just before it is asked, as the seed creates them', async () => {
    await t.payload.create({
      collection: 'sites',
      data: { key: 'wayout', name: 'WayOut', hostnames: ['wayout.localhost'], languages: ['en'], isDefault: true },
    })
    const { checks } = await readiness()
    expect(checks.sites).toEqual({ ok: true })
    expect(resolveHost('wayout.localhost')?.key).toBe('wayout')
  })
})
