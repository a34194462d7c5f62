/** Several editors saving at the same moment all succeed, on every database (SQLite has one writer). */
import { describe, expect, it } from 'vitest'

import { withWorld } from '../support/world'

const t = withWorld('concurrency')

describe('simultaneous saves', () => {
  it('forty new items saved at once are all stored', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        t.payload.create({
          collection: 'news',
          data: { title: `Simultaneous ${i}`, sites: [t.world.sites.wayout], _status: 'published' },
          user: t.world.users.editor,
          overrideAccess: false,
        }),
      ),
    )
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    expect((await t.payload.count({ collection: 'news', where: { title: { like: 'Simultaneous' } } })).totalDocs).toBe(
      40,
    )
  })

  it('edits of one item arriving together all apply, and reads meanwhile succeed', async () => {
    const id = t.world.ids.partners.own
    const writes = Array.from({ length: 10 }, (_, i) =>
      t.payload.update({ collection: 'partners', id, data: { description: `Edit ${i}` } }),
    )
    const reads = Array.from({ length: 10 }, () => t.payload.find({ collection: 'partners', depth: 0 }))
    const results = await Promise.allSettled([...writes, ...reads])
    expect(results.filter((result) => result.status === 'rejected')).toEqual([])
    const final = await t.payload.findByID({ collection: 'partners', id })
    expect(final.description).toMatch(/^Edit \d$/)
  })

  it('writes Payload makes outside its transactions (failed sign-ins, reset requests) never meet a locked database', async () => {
    const email = t.world.users.partner.email
    const results = await Promise.allSettled([
      ...Array.from({ length: 5 }, () => t.payload.forgotPassword({ collection: 'users', data: { email } })),
      ...Array.from({ length: 5 }, () =>
        t.payload.login({ collection: 'users', data: { email, password: 'not the password' } }),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        t.payload.create({
          collection: 'news',
          data: { title: `Beside sign-ins ${i}`, sites: [t.world.sites.wayout], _status: 'draft' },
        }),
      ),
    ])
    const failures = results.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []))
    expect(failures.filter((failure) => !failure.startsWith('AuthenticationError'))).toEqual([])
    expect(failures).toHaveLength(5)
  })
})
