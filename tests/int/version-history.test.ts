/**
 * Version history: every collection editors write keeps earlier versions an editor can restore;
 * the history is staff's alone, whoever may read the live document.
 */
import { Forbidden, type CollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'

import { withWorld } from '../support/world'

const t = withWorld('version-history')

const editorWritten: CollectionSlug[] = [
  'news',
  'events',
  'pages',
  'deliverables',
  'partners',
  'work-packages',
  'practices',
  'newsletters',
  'documents',
  'objectives',
  'outcomes',
  'categories',
  'courses',
  'course-editions',
]

/** Written by the public's own forms or by the sender, never by an editor's hand. */
const notEditorWritten: CollectionSlug[] = ['registrations', 'subscribers', 'users', 'newsletter-batches']

const configOf = (slug: CollectionSlug) => t.payload.collections[slug].config

describe('version history', () => {
  it('is kept for every collection editors write, and only there', () => {
    for (const slug of editorWritten) expect(configOf(slug).versions, slug).toBeTruthy()
    for (const slug of notEditorWritten) expect(configOf(slug).versions, slug).toBeFalsy()
  })

  it('keeps drafts only where editors already published through drafts', () => {
    const withDrafts = editorWritten.filter((slug) => Boolean(configOf(slug).versions?.drafts))
    expect(withDrafts).toEqual(['news', 'events', 'pages'])
  })

  it('restores an earlier text, which is live at once', async () => {
    const id = t.world.ids['work-packages'].wp1
    const before = await t.payload.findByID({ collection: 'work-packages', id, depth: 0 })
    await t.payload.update({ collection: 'work-packages', id, data: { title: 'Rewritten by mistake' } })
    const { docs } = await t.payload.findVersions({
      collection: 'work-packages',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      user: t.world.users.editor,
      overrideAccess: false,
    })
    expect(docs[0].version.title).toBe('Rewritten by mistake')
    const earlier = docs.find((version) => version.version.title === before.title)
    expect(earlier).toBeDefined()

    await t.payload.restoreVersion({
      collection: 'work-packages',
      id: earlier!.id,
      user: t.world.users.editor,
      overrideAccess: false,
    })
    const restored = await t.payload.find({ collection: 'work-packages', where: { id: { equals: id } }, depth: 0 })
    expect(restored.docs[0].title).toBe(before.title)
  })

  it('restores a practice with its private contact, which the history shows to staff alone', async () => {
    const id = t.world.ids.practices.published
    await t.payload.update({ collection: 'practices', id, data: { contact: { name: 'Changed contact' } } })
    for (const user of [t.world.users.partner, undefined]) {
      await expect(
        t.payload.findVersions({ collection: 'practices', user, overrideAccess: false }),
      ).rejects.toBeInstanceOf(Forbidden)
    }
    const { docs } = await t.payload.findVersions({
      collection: 'practices',
      where: { parent: { equals: id } },
      user: t.world.users.editor,
      overrideAccess: false,
    })
    expect(docs.map((version) => version.version.contact?.name)).toContain('Changed contact')
  })

  it('closes every history to partners and the public, SEN deliverables and drafts included', async () => {
    for (const slug of editorWritten)
      for (const user of [t.world.users.partner, undefined])
        await expect(
          t.payload.findVersions({ collection: slug, user, overrideAccess: false }),
          `${slug} as ${user ? 'partner' : 'anonymous'}`,
        ).rejects.toBeInstanceOf(Forbidden)
  })
})
