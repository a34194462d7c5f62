/**
 * The signal that drops what it touches from the public caches: raised for every change to public
 * content, naming the collection and the document (their tags), only after the change is
 * committed (a reader served in between must not see, and cache, old data), never for private
 * collections or rolled-back writes.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import { onContentChange, type ContentChange } from '@/plugins/site-cache/contentChanges'
import { resolveHost } from '@/plugins/site-cache/siteDirectory'
import { tagsOf } from '@/plugins/site-cache/tags'
import { withWorld } from '../support/world'

const t = withWorld('content-changes')

let stop: () => void = () => {}
afterEach(() => stop())

/** Records each announced change with the title a separate, non-transactional read sees then. */
const listen = () => {
  const seen: (ContentChange & { titleThen?: string })[] = []
  stop = onContentChange((change) => seen.push(change))
  return seen
}

describe('content change announcements', () => {
  it('announce a news update once it is committed, so a reader at that moment sees the new text', async () => {
    const id = t.world.ids.news['published on wayout']
    const readsAtAnnouncement: Promise<string>[] = []
    stop = onContentChange(({ slug }) => {
      if (slug === 'news')
        readsAtAnnouncement.push(t.payload.findByID({ collection: 'news', id, depth: 0 }).then((doc) => doc.title))
    })
    await t.payload.update({ collection: 'news', id, data: { title: 'Committed title' } })
    expect(readsAtAnnouncement.length).toBeGreaterThan(0)
    expect(await Promise.all(readsAtAnnouncement)).toContain('Committed title')
  })

  it('announce creations, deletions and changes to the project facts', async () => {
    const seen = listen()
    const doc = await t.payload.create({ collection: 'categories', data: { title: 'Temporary' } })
    await t.payload.delete({ collection: 'categories', id: doc.id })
    await t.payload.updateGlobal({
      slug: 'project',
      data: {
        name: 'WayOut',
        acronym: 'WayOut',
        fullTitle: 'A title',
        timeframe: { start: '2019-01-01', end: '2021-12-31' },
      },
    })
    expect(seen).toEqual([
      { kind: 'collection', slug: 'categories', id: doc.id },
      { kind: 'collection', slug: 'categories', id: doc.id },
      { kind: 'global', slug: 'project' },
    ])
    expect(seen.map(tagsOf)).toEqual([
      ['categories', `categories:${doc.id}`],
      ['categories', `categories:${doc.id}`],
      ['project'],
    ])
  })

  it('stay silent for users and subscribers, which no public page shows', async () => {
    const seen = listen()
    await t.payload.create({ collection: 'subscribers', data: { email: 'quiet@example.org', locale: 'en' } as never })
    await t.payload.update({
      collection: 'users',
      id: t.world.ids.users.editor,
      data: { roles: ['editor', 'partner'] } as never,
    })
    expect(seen).toEqual([])
  })

  it('stay silent for a submitted practice, and announce it once it is published or unpublished', async () => {
    const seen = listen()
    const practice = await t.payload.create({
      collection: 'practices',
      data: {
        title: 'Waiting for review',
        country: 'FR',
        setting: ['prison'],
        targetGroup: 'Adults',
        approach: 'Mentoring',
        moderationStatus: 'submitted',
        sites: [t.world.sites.practices],
      },
    })
    await t.payload.update({ collection: 'practices', id: practice.id, data: { title: 'Still waiting' } })
    expect(seen).toEqual([])
    await t.payload.update({ collection: 'practices', id: practice.id, data: { moderationStatus: 'published' } })
    expect(seen).toEqual([{ kind: 'collection', slug: 'practices', id: practice.id }])
    await t.payload.update({ collection: 'practices', id: practice.id, data: { moderationStatus: 'rejected' } })
    expect(seen).toHaveLength(2)
    await t.payload.delete({ collection: 'practices', id: practice.id })
    expect(seen).toHaveLength(2)
  })

  it('wait for the commit of a transaction, and stay silent when it is rolled back', async () => {
    const seen = listen()
    const rolledBack = await createLocalReq({}, t.payload)
    await initTransaction(rolledBack)
    await t.payload.create({ collection: 'categories', data: { title: 'Never committed' }, req: rolledBack })
    expect(seen).toEqual([])
    await killTransaction(rolledBack)
    expect(seen).toEqual([])

    const committed = await createLocalReq({}, t.payload)
    await initTransaction(committed)
    const created = await t.payload.create({ collection: 'categories', data: { title: 'Committed' }, req: committed })
    expect(seen).toEqual([])
    await commitTransaction(committed)
    expect(seen).toEqual([{ kind: 'collection', slug: 'categories', id: created.id }])
  })

  it('name the edited document, so a renamed article drops the pages stored under its old slug', async () => {
    const seen = listen()
    const id = t.world.ids.news['published on wayout']
    await t.payload.update({ collection: 'news', id, data: { slug: 'renamed-for-the-cache' } })
    expect(seen.flatMap(tagsOf)).toEqual(['news', `news:${id}`])
  })

  it('keep the cache keys’ site directory up to date when a site changes', async () => {
    // Read when Payload started, and again after each change to the sites (the fixtures made them).
    await expect
      .poll(() => resolveHost('wayout.localhost'))
      .toEqual({ key: 'wayout', cacheKey: 'wayout@wayout.localhost' })
    expect(resolveHost('forged.example')?.cacheKey).toBe(resolveHost('')?.cacheKey)
    await t.payload.update({
      collection: 'sites',
      id: t.world.sites.wayout,
      data: { hostnames: ['wayout.localhost', 'localhost', 'www.wayout.example'] },
    })
    await expect.poll(() => resolveHost('www.wayout.example')?.key).toBe('wayout')
  })
})
