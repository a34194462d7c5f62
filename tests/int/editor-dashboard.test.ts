/**
 * The admin home's to-do list: each figure is what the signed-in user may read, and moves with
 * the content it counts (moderation, translations, scheduling, the last newsletter's deliveries).
 */
import { describe, expect, it } from 'vitest'

import { dashboardCounts, type DashboardCounts } from '@/plugins/editor-dashboard/counts'

import { withWorld } from '../support/world'

const t = withWorld('editor-dashboard')

const missingIn = (counts: DashboardCounts, collection: string, locale: string) =>
  counts.missingTranslations
    .find((row) => row.collection === collection)
    ?.byLocale.find((cell) => cell.locale === locale)?.count.count

describe('the editors’ dashboard', () => {
  it('counts practices awaiting moderation as each user may read them', async () => {
    const practice = {
      country: 'PT' as const,
      setting: ['prison' as const],
      targetGroup: 'Adults',
      approach: 'Mentoring',
      sites: [t.world.sites.practices],
    }
    const before = await dashboardCounts(t.payload, t.world.users.editor)
    await t.payload.create({
      collection: 'practices',
      data: { ...practice, title: 'Waiting one', moderationStatus: 'submitted' },
    })
    await t.payload.create({
      collection: 'practices',
      data: { ...practice, title: 'Already moderated', moderationStatus: 'published' },
    })

    const editor = await dashboardCounts(t.payload, t.world.users.editor)
    expect(editor.awaitingModeration!.count).toBe(before.awaitingModeration!.count + 1)
    expect(editor.awaitingModeration!.where).toEqual({ moderationStatus: { equals: 'submitted' } })
    // A partner sees only its own submission awaiting moderation, never the others'.
    const partner = await dashboardCounts(t.payload, t.world.users.partner)
    expect(partner.awaitingModeration!.count).toBe(1)
  })

  it('counts an item as missing in a language until it is translated there, drafts for staff only', async () => {
    const before = await dashboardCounts(t.payload, t.world.users.editor)
    const partnerBefore = await dashboardCounts(t.payload, t.world.users.partner)
    const draft = await t.payload.create({
      collection: 'news',
      data: { title: 'Board meeting', slug: 'board-meeting', sites: [t.world.sites.wayout], _status: 'draft' },
      draft: true,
    })
    const added = await dashboardCounts(t.payload, t.world.users.editor)
    for (const locale of ['fr', 'de', 'pt', 'nl'])
      expect(missingIn(added, 'news', locale)).toBe(missingIn(before, 'news', locale)! + 1)
    const partner = await dashboardCounts(t.payload, t.world.users.partner)
    expect(missingIn(partner, 'news', 'fr')).toBe(missingIn(partnerBefore, 'news', 'fr'))

    await t.payload.update({
      collection: 'news',
      id: draft.id,
      locale: 'fr',
      draft: true,
      data: { title: 'Réunion du conseil', slug: 'reunion-du-conseil' },
    })
    const translated = await dashboardCounts(t.payload, t.world.users.editor)
    expect(missingIn(translated, 'news', 'fr')).toBe(missingIn(before, 'news', 'fr'))
    expect(missingIn(translated, 'news', 'de')).toBe(missingIn(before, 'news', 'de')! + 1)
  })

  it('lists publications scheduled for later, and scheduled newsletter sends', async () => {
    const draft = await t.payload.create({
      collection: 'news',
      data: { title: 'Embargoed', slug: 'embargoed', sites: [t.world.sites.wayout], _status: 'draft' },
      draft: true,
    })
    const at = new Date(Date.now() + 24 * 60 * 60 * 1000)
    await t.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: draft.id } },
      waitUntil: at,
    })
    const before = await dashboardCounts(t.payload, t.world.users.editor)
    expect(before.scheduledPublications).toContainEqual({
      collection: 'news',
      id: draft.id,
      type: 'publish',
      publishAt: at.toISOString(),
      title: 'Embargoed',
    })
    // A draft is the editors' own: a partner's dashboard does not announce it.
    const partner = await dashboardCounts(t.payload, t.world.users.partner)
    expect(partner.scheduledPublications.map((item) => item.id)).not.toContain(draft.id)

    await t.payload.create({
      collection: 'newsletters',
      data: { number: 40, title: 'Later issue', status: 'scheduled', scheduledFor: at.toISOString() },
    })
    const after = await dashboardCounts(t.payload, t.world.users.editor)
    expect(after.scheduledNewsletters!.count).toBe(1)
  })

  it('reports the last newsletter’s deliveries, bounces and complaints, to staff only', async () => {
    const issue = await t.payload.create({
      collection: 'newsletters',
      data: { number: 41, title: 'Latest issue', status: 'sent', sentAt: new Date().toISOString() },
    })
    const delivery = (n: number, outcome: 'sent' | 'bounced' | 'complained') => ({
      email: `reader-${n}@example.test`,
      outcome,
    })
    await t.payload.create({
      collection: 'newsletter-batches',
      data: {
        newsletter: issue.id,
        sequence: 1,
        locale: 'en',
        status: 'sent',
        deliveries: [delivery(1, 'sent'), delivery(2, 'bounced'), delivery(3, 'sent')],
      },
    })
    await t.payload.create({
      collection: 'newsletter-batches',
      data: {
        newsletter: issue.id,
        sequence: 2,
        locale: 'fr',
        status: 'sent',
        deliveries: [delivery(4, 'complained'), delivery(5, 'sent')],
      },
    })

    const { lastNewsletter } = await dashboardCounts(t.payload, t.world.users.editor)
    expect(lastNewsletter).toMatchObject({
      id: issue.id,
      title: 'Latest issue',
      deliveries: { count: 5 },
      bounced: { count: 1 },
      complained: { count: 1 },
    })
    // The ledger holds subscribers' addresses: a partner's dashboard has no newsletter figures.
    expect((await dashboardCounts(t.payload, t.world.users.partner)).lastNewsletter).toBeNull()
  })
})
