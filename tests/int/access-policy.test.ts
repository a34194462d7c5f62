/**
 * The access policy as a specification: for every role and collection, which documents can be
 * read, and whether a document can be created, updated and deleted. Checked through the Local
 * API with overrideAccess: false (the REST and GraphQL suites check the same rules over HTTP).
 */
import { Forbidden, type CollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'

import { newDocument, roleNames, type RoleName } from '../support/fixtures'
import { withWorld } from '../support/world'

type Rule = {
  /** Labels of the fixture documents the role must see; every other fixture must stay hidden. */
  reads: string[] | 'all'
  /** C, U, D where the role may create, update (the first visible fixture), delete; '-' where not. */
  writes: `${'C' | '-'}${'U' | '-'}${'D' | '-'}`
}

/** Same rule for the public and partners; staff read and write everything. */
const everyone = (
  reads: Rule['reads'],
  anonymousAndPartner: Rule['writes'],
  staff: Rule['writes'] = 'CUD',
): Record<RoleName, Rule> => ({
  anonymous: { reads, writes: anonymousAndPartner },
  partner: { reads, writes: anonymousAndPartner },
  editor: { reads: 'all', writes: staff },
  admin: { reads: 'all', writes: staff },
})

const publishedOnLiveSites = ['published on wayout']

const spec: Partial<Record<CollectionSlug, Record<RoleName, Rule>>> = {
  objectives: everyone('all', '---'),
  outcomes: everyone('all', '---'),
  'work-packages': everyone('all', '---'),
  categories: everyone('all', '---'),
  news: everyone(publishedOnLiveSites, '---'),
  events: everyone(publishedOnLiveSites, '---'),
  pages: everyone(publishedOnLiveSites, '---'),
  newsletters: everyone(['sent'], '---'),
  partners: {
    anonymous: { reads: 'all', writes: '---' },
    partner: { reads: 'all', writes: '-U-' }, // its own profile only: see below
    editor: { reads: 'all', writes: 'CUD' },
    admin: { reads: 'all', writes: 'CUD' },
  },
  deliverables: {
    anonymous: { reads: ['PU'], writes: '---' },
    partner: { reads: 'all', writes: '---' },
    editor: { reads: 'all', writes: 'CUD' },
    admin: { reads: 'all', writes: 'CUD' },
  },
  documents: {
    anonymous: { reads: ['public'], writes: '---' },
    partner: { reads: 'all', writes: '---' },
    editor: { reads: 'all', writes: 'CUD' },
    admin: { reads: 'all', writes: 'CUD' },
  },
  media: {
    anonymous: { reads: 'all', writes: '---' },
    partner: { reads: 'all', writes: 'C--' },
    editor: { reads: 'all', writes: 'CUD' },
    admin: { reads: 'all', writes: 'CUD' },
  },
  subscribers: {
    anonymous: { reads: [], writes: '---' },
    partner: { reads: [], writes: '---' },
    editor: { reads: 'all', writes: '--D' },
    admin: { reads: 'all', writes: '-UD' },
  },
  'newsletter-batches': {
    anonymous: { reads: [], writes: '---' },
    partner: { reads: [], writes: '---' },
    editor: { reads: 'all', writes: '---' },
    admin: { reads: 'all', writes: '---' },
  },
  users: {
    anonymous: { reads: [], writes: '---' },
    partner: { reads: ['partner'], writes: '-U-' },
    editor: { reads: ['editor'], writes: '-U-' },
    admin: { reads: 'all', writes: 'CUD' },
  },
  practices: {
    anonymous: { reads: ['published'], writes: '---' },
    partner: { reads: ['published', 'own submission'], writes: 'C--' },
    editor: { reads: 'all', writes: 'CUD' },
    admin: { reads: 'all', writes: 'CUD' },
  },
  redirects: {
    anonymous: { reads: [], writes: '---' },
    partner: { reads: [], writes: '---' },
    editor: { reads: 'all', writes: 'CUD' },
    admin: { reads: 'all', writes: 'CUD' },
  },
  sites: {
    anonymous: { reads: ['wayout', 'practices'], writes: '---' },
    partner: { reads: ['wayout', 'practices'], writes: '---' },
    editor: { reads: 'all', writes: '-U-' },
    admin: { reads: 'all', writes: 'CUD' },
  },
}

const t = withWorld('access')
let counter = 0

/** Users update themselves, partners their own organisation; elsewhere the first fixture. */
const updateTarget = (collection: CollectionSlug, role: RoleName) => {
  if (collection === 'users' && role !== 'anonymous') return t.world.ids.users[role]
  if (collection === 'partners') return t.world.ids.partners.own
  return Object.values(t.world.ids[collection])[0]
}

const userFor = (role: RoleName) => (role === 'anonymous' ? null : t.world.users[role])

const visibleLabels = async (collection: CollectionSlug, role: RoleName) => {
  try {
    const { docs } = await t.payload.find({
      collection,
      user: userFor(role),
      overrideAccess: false,
      limit: 200,
      depth: 0,
    })
    const found = new Set(docs.map((doc) => doc.id))
    return Object.entries(t.world.ids[collection])
      .filter(([, id]) => found.has(id))
      .map(([label]) => label)
      .sort()
  } catch (error) {
    if (error instanceof Forbidden) return []
    throw error
  }
}

const allowed = async (attempt: () => Promise<unknown>) => {
  try {
    await attempt()
    return true
  } catch (error) {
    if (error instanceof Forbidden || (error as { status?: number }).status === 404) return false
    throw error
  }
}

for (const [collection, rules] of Object.entries(spec) as [CollectionSlug, Record<RoleName, Rule>][]) {
  describe(`${collection}`, () => {
    for (const role of roleNames) {
      const rule = rules[role]
      const readsText = rule.reads === 'all' ? 'every document' : rule.reads.length ? rule.reads.join(', ') : 'nothing'

      it(`${role} reads ${readsText}`, async () => {
        const expected = rule.reads === 'all' ? Object.keys(t.world.ids[collection]).sort() : [...rule.reads].sort()
        expect(await visibleLabels(collection, role)).toEqual(expected)
      })

      it(`${role} ${rule.writes[0] === 'C' ? 'may' : 'may not'} create`, async () => {
        const { data, file } = await newDocument(collection, t.world, ++counter)
        const created = await allowed(() =>
          t.payload.create({ collection, data: data as never, file, user: userFor(role), overrideAccess: false }),
        )
        expect(created).toBe(rule.writes[0] === 'C')
      })

      it(`${role} ${rule.writes[1] === 'U' ? 'may' : 'may not'} update`, async () => {
        const id = updateTarget(collection, role)
        const updated = await allowed(() =>
          t.payload.update({ collection, id, data: {} as never, user: userFor(role), overrideAccess: false }),
        )
        expect(updated).toBe(rule.writes[1] === 'U')
      })

      it(`${role} ${rule.writes[2] === 'D' ? 'may' : 'may not'} delete`, async () => {
        const { data, file } = await newDocument(collection, t.world, ++counter)
        const doc = await t.payload.create({ collection, data: data as never, file, depth: 0 })
        const deleted = await allowed(() =>
          t.payload.delete({ collection, id: doc.id, user: userFor(role), overrideAccess: false }),
        )
        expect(deleted).toBe(rule.writes[2] === 'D')
      })
    }
  })
}

describe('rules that depend on who owns the document', () => {
  it('a partner may edit its own organisation but not another one', async () => {
    const edit = (label: string) =>
      allowed(() =>
        t.payload.update({
          collection: 'partners',
          id: t.world.ids.partners[label],
          data: { description: 'Updated' },
          user: t.world.users.partner,
          overrideAccess: false,
        }),
      )
    expect(await edit('own')).toBe(true)
    expect(await edit('other')).toBe(false)
  })

  it('a partner cannot change its own role in the consortium', async () => {
    const updated = await t.payload.update({
      collection: 'partners',
      id: t.world.ids.partners.own,
      data: { role: 'coordinator' },
      user: t.world.users.partner,
      overrideAccess: false,
    })
    expect(updated.role).toBe('partner')
  })

  it('a partner cannot edit another user, nor give itself a role', async () => {
    expect(
      await allowed(() =>
        t.payload.update({
          collection: 'users',
          id: t.world.ids.users.editor,
          data: { name: 'x' },
          user: t.world.users.partner,
          overrideAccess: false,
        }),
      ),
    ).toBe(false)
    const self = await t.payload.update({
      collection: 'users',
      id: t.world.users.partner.id,
      data: { roles: ['admin'] },
      user: t.world.users.partner,
      overrideAccess: false,
    })
    expect(self.roles).toEqual(['partner'])
  })

  it('a practice submitted by a partner waits for moderation and is credited to the partner', async () => {
    const practice = await t.payload.create({
      collection: 'practices',
      data: {
        title: 'Self-published?',
        country: 'FR',
        setting: ['probation'],
        targetGroup: 'Adults',
        approach: 'Peer work',
        moderationStatus: 'published',
        submittedBy: t.world.users.editor.id,
        sites: [t.world.sites.practices],
      },
      user: t.world.users.partner,
      overrideAccess: false,
      depth: 0,
    })
    expect(practice.moderationStatus).toBe('submitted')
    // Who submitted it is a private field: staff read it.
    const stored = await t.payload.findByID({ collection: 'practices', id: practice.id, depth: 0 })
    expect(stored.submittedBy).toBe(t.world.users.partner.id)
    const publicView = await t.payload.find({
      collection: 'practices',
      where: { id: { equals: practice.id } },
      overrideAccess: false,
    })
    expect(publicView.docs).toHaveLength(0)
  })

  it('an editor cannot make anyone an admin', async () => {
    const user = await t.payload.create({
      collection: 'users',
      data: { email: 'sneaky@example.test', password: 'long enough password', roles: ['admin'] },
      overrideAccess: true,
      depth: 0,
    })
    expect(
      await allowed(() =>
        t.payload.update({
          collection: 'users',
          id: user.id,
          data: { roles: ['admin'] },
          user: t.world.users.editor,
          overrideAccess: false,
        }),
      ),
    ).toBe(false)
  })
})

describe('where queries that try to reach private documents', () => {
  const anonymousFind = (collection: CollectionSlug, where: object, draft = false) =>
    t.payload.find({ collection, where: where as never, overrideAccess: false, draft, depth: 0 })

  it('asking for drafts by status returns none to the public, even with draft: true', async () => {
    expect((await anonymousFind('news', { _status: { equals: 'draft' } })).docs).toHaveLength(0)
    expect((await anonymousFind('news', { _status: { equals: 'draft' } }, true)).docs).toHaveLength(0)
    expect((await anonymousFind('news', { title: { like: 'secret' } }, true)).docs).toHaveLength(0)
  })

  it("asking for another site's drafts returns none to the public", async () => {
    const where = { sites: { contains: t.world.sites.practices } }
    expect((await anonymousFind('news', where, true)).docs).toHaveLength(0)
    expect((await anonymousFind('events', where, true)).docs).toHaveLength(0)
  })

  it('asking for SEN deliverables returns none to the public', async () => {
    expect((await anonymousFind('deliverables', { disseminationLevel: { equals: 'SEN' } })).docs).toHaveLength(0)
    expect(
      (
        await anonymousFind('deliverables', {
          or: [{ disseminationLevel: { equals: 'SEN' } }, { code: { equals: 'D3.2' } }],
        })
      ).docs,
    ).toHaveLength(0)
  })

  it('a published item with an unpublished rewrite shows the public the published text only', async () => {
    const id = t.world.ids.news['published on wayout']
    await t.payload.update({ collection: 'news', id, data: { title: 'Unpublished rewrite' }, draft: true })
    const find = (draft: boolean) =>
      t.payload.find({ collection: 'news', where: { id: { equals: id } }, draft, overrideAccess: false })
    expect((await find(false)).docs.map((doc) => doc.title)).toEqual(['news public'])
    expect(JSON.stringify((await find(true)).docs)).not.toContain('Unpublished rewrite')
  })

  it('version history is closed to the public', async () => {
    await expect(t.payload.findVersions({ collection: 'news', overrideAccess: false })).rejects.toBeInstanceOf(
      Forbidden,
    )
  })
})
