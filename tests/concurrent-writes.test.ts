/** Several editors saving at the same moment all succeed, on every database (SQLite has one writer). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildWorld, type World } from './support/fixtures'
import { startPayload, type TestPayload } from './support/payload'

let env: TestPayload
let world: World

beforeAll(async () => {
  env = await startPayload('concurrency')
  world = await buildWorld(env.payload)
})
afterAll(async () => env?.stop())

describe('simultaneous saves', () => {
  it('forty new items saved at once are all stored', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        env.payload.create({
          collection: 'news',
          data: { title: `Simultaneous ${i}`, sites: [world.sites.wayout], _status: 'published' },
          user: world.users.editor,
          overrideAccess: false,
        }),
      ),
    )
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    expect(
      (await env.payload.count({ collection: 'news', where: { title: { like: 'Simultaneous' } } })).totalDocs,
    ).toBe(40)
  })

  it('edits of one item arriving together all apply, and reads meanwhile succeed', async () => {
    const id = world.ids.partners.own
    const writes = Array.from({ length: 10 }, (_, i) =>
      env.payload.update({ collection: 'partners', id, data: { description: `Edit ${i}` } }),
    )
    const reads = Array.from({ length: 10 }, () => env.payload.find({ collection: 'partners', depth: 0 }))
    const results = await Promise.allSettled([...writes, ...reads])
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    const final = await env.payload.findByID({ collection: 'partners', id })
    expect(final.description).toMatch(/^Edit \d$/)
  })
})
