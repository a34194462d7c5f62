/** Editors schedule publishing; the job runner publishes on time, and the public sees it then. */
import { describe, expect, it } from 'vitest'

import { withWorld } from '../support/world'

const t = withWorld('publishing')

const publicTitles = async () =>
  (await t.payload.find({ collection: 'news', overrideAccess: false, depth: 0 })).docs.map((doc) => doc.title)

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes, not before', async () => {
    const draft = await t.payload.create({
      collection: 'news',
      data: { title: 'Embargoed announcement', slug: 'embargoed', sites: [t.world.sites.wayout], _status: 'draft' },
      draft: true,
    })
    const schedule = (waitUntil: Date) =>
      t.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'news', value: draft.id } },
        waitUntil,
      })

    await schedule(new Date(Date.now() + 60 * 60 * 1000))
    await t.payload.jobs.run()
    expect(await publicTitles()).not.toContain('Embargoed announcement')

    await schedule(new Date(Date.now() - 1000))
    await t.payload.jobs.run()
    expect(await publicTitles()).toContain('Embargoed announcement')
  })
})
