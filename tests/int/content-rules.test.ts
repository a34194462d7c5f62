/** Bad input gets a clear error and nothing is written; sensible defaults fill the rest. */
import { describe, expect, it } from 'vitest'

import { fileOf } from '../support/fixtures'
import { withWorld } from '../support/world'

const t = withWorld('rules')

/** The field messages of a refused write (Payload's ValidationError lists them in data.errors). */
const refusal = async (attempt: Promise<unknown>) => {
  const error = (await attempt.then(
    () => null,
    (e: unknown) => e,
  )) as { data?: { errors?: { message: string }[] } } | null
  expect(error, 'the write was accepted').not.toBeNull()
  return (error!.data?.errors ?? []).map((e) => e.message).join(' | ')
}

const count = async (collection: 'documents' | 'media' | 'deliverables' | 'events' | 'partners') =>
  (await t.payload.count({ collection })).totalDocs

describe('files', () => {
  it('refuses a SEN deliverable whose PDF is not restricted to partners', async () => {
    const before = await count('deliverables')
    const message = await refusal(
      t.payload.create({
        collection: 'deliverables',
        data: {
          code: 'D4.1',
          title: 'Leaky',
          workPackage: t.world.ids['work-packages'].wp1,
          type: 'report',
          disseminationLevel: 'SEN',
          file: t.world.ids.documents.public,
        },
      }),
    )
    expect(message).toMatch(/needs a document marked "restricted"/)
    expect(await count('deliverables')).toBe(before)
  })

  it('accepts only PDFs as documents', async () => {
    const before = await count('documents')
    await expect(
      t.payload.create({
        collection: 'documents',
        data: { title: 'Not a PDF' },
        file: await fileOf('png', 'picture.png'),
      }),
    ).rejects.toThrow()
    expect(await count('documents')).toBe(before)
  })

  it('refuses an upload over the size limit with a 413 that names the limit', async () => {
    const data = Buffer.alloc(11 * 1024 * 1024)
    const error = await t.payload
      .create({
        collection: 'media',
        data: { alt: 'Huge' },
        file: { data, name: 'huge.png', size: data.length, mimetype: 'image/png' },
      })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 413, message: 'The file is too large: the limit is 10 MB.' })
  })

  it('requires alt text on images', async () => {
    const before = await count('media')
    await expect(
      t.payload.create({ collection: 'media', data: {} as never, file: await fileOf('png', 'no-alt.png') }),
    ).rejects.toThrow(/alt/i)
    expect(await count('media')).toBe(before)
  })
})

describe('fields', () => {
  it('refuses an event that ends before it starts', async () => {
    const message = await refusal(
      t.payload.create({
        collection: 'events',
        data: {
          title: 'Backwards',
          type: 'webinar',
          startsAt: '2021-02-16T10:00:00.000Z',
          endsAt: '2021-02-15T10:00:00.000Z',
          sites: [t.world.sites.wayout],
        } as never,
      }),
    )
    expect(message).toBe('The end must not be before the start.')
  })

  it('refuses a deliverable code not of the form D2.1, and a web address that is not http(s)', async () => {
    const wp = t.world.ids['work-packages'].wp1
    expect(
      await refusal(
        t.payload.create({
          collection: 'deliverables',
          data: { code: 'deliverable two', title: 'x', workPackage: wp, type: 'report' } as never,
        }),
      ),
    ).toBe('Use the form D2.1.')
    expect(
      await refusal(
        t.payload.create({
          collection: 'partners',
          data: { name: 'x', shortName: 'X1', role: 'partner', website: 'javascript:alert(1)' },
        }),
      ),
    ).toBe('Use an http:// or https:// address.')
  })

  it('stamps a published news item with its publication date', async () => {
    const item = await t.payload.create({
      collection: 'news',
      data: { title: 'Dated', slug: 'dated', sites: [t.world.sites.wayout], _status: 'published' },
    })
    expect(Date.now() - new Date(item.publishedAt!).getTime()).toBeLessThan(60_000)
  })

  it('puts a practice submitted without a site on the practice repository site', async () => {
    const practice = await t.payload.create({
      collection: 'practices',
      data: {
        title: 'No site given',
        country: 'BE',
        setting: ['probation'],
        targetGroup: 'Adults',
        approach: 'Mentoring',
      } as never,
      user: t.world.users.partner,
      overrideAccess: false,
      depth: 0,
    })
    expect(practice.sites).toEqual([t.world.sites.practices])
  })

  it('makes slugs from titles when none is given', async () => {
    const item = await t.payload.create({
      collection: 'news',
      data: { title: 'Conférence finale à Paris', sites: [t.world.sites.wayout], _status: 'published' },
    })
    expect(item.slug).toMatch(/^conf[a-z-]*finale-[a-z-]*paris$/)
  })
})
