/** Editors schedule publishing; the job runner publishes on time, and the public sees it then. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWorld, type World } from './support/fixtures'
import { startPayload, type TestPayload } from './support/payload'

let env: TestPayload
let world: World

beforeAll(async () => {
  env = await startPayload('publishing')
  world = await buildWorld(env.payload)
})
afterAll(async () => env?.stop())

const publicTitles = async () =>
  (await env.payload.find({ collection: 'news', overrideAccess: false, depth: 0 })).docs.map((doc) => doc.title)

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, not before', async () => {
    const draft = await env.payload.create({
      collection: 'news',
      data: { title: 'Embargoed announcement', slug: 'embargoed', sites: [world.sites.wayout], _status: 'draft' },
      draft: true,
    })
    const schedule = (waitUntil: Date) =>
      env.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'news', value: draft.id } },
        waitUntil,
      })

    await schedule(new Date(Date.now() + 60 * 60 * 1000))
    await env.payload.jobs.run()
    expect(await publicTitles()).not.toContain('Embargoed announcement')

    await schedule(new Date(Date.now() - 1000))
    await env.payload.jobs.run()
    expect(await publicTitles()).toContain('Embargoed announcement')
  })
})
