/**
 * Translation status: which languages of a document still show English somewhere (the list's
 * "Missing translations" column and filter) and which fields (the edit view's sidebar), by the
 * same rule as the public pages' English stand-ins.
 */
import { describe, expect, it } from 'vitest'

import { findTranslated } from '@/content/fallback'
import { localizedPaths } from '@/plugins/translation-status/localizedPaths'
import { untranslatedIn } from '@/plugins/translation-status/missingLocales'
import { backfillMissingLocales } from '@/plugins/translation-status/backfill'
import { createLocalReq } from 'payload'

import { withWorld } from '../support/world'

const t = withWorld('translation-status')

const missingInFrench = async () =>
  (
    await t.payload.find({ collection: 'news', where: { missingLocales: { contains: 'fr' } }, depth: 0, draft: true })
  ).docs.map((doc) => doc.title)

const writeEnglish = (slug: string) =>
  t.payload.create({
    collection: 'news',
    data: {
      title: 'Open day',
      slug,
      summary: 'Doors open at nine.',
      sites: [t.world.sites.wayout],
      _status: 'published',
    },
    depth: 0,
  })

describe('translation status', () => {
  it('an English-only item is missing in every other language, and leaves a language once translated', async () => {
    const doc = await writeEnglish('open-day')
    expect(doc.missingLocales).toEqual(['fr', 'de', 'pt', 'nl'])
    expect(await missingInFrench()).toContain('Open day')

    await t.payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'fr',
      data: { title: 'Journée portes ouvertes', slug: 'journee-portes-ouvertes' },
    })
    // The summary still shows English in French.
    expect(await missingInFrench()).toContain('Open day')

    const done = await t.payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'fr',
      data: { summary: 'Ouverture à neuf heures.' },
      depth: 0,
    })
    expect(done.missingLocales).toEqual(['de', 'pt', 'nl'])
    expect(await missingInFrench()).not.toContain('Open day')
  })

  it('a field left empty in English is nothing to translate', async () => {
    const doc = await t.payload.create({
      collection: 'categories',
      data: { title: 'Training', slug: 'training' },
      depth: 0,
    })
    const french = await t.payload.update({
      collection: 'categories',
      id: doc.id,
      locale: 'fr',
      data: { title: 'Formation', slug: 'formation' },
      depth: 0,
    })
    expect(french.missingLocales).toEqual(['de', 'pt', 'nl'])
  })

  it('the edit view names the untranslated fields, groups included, as the public pages mark them', async () => {
    const event = await t.payload.create({
      collection: 'events',
      data: {
        title: 'Partner meeting',
        summary: 'The second meeting.',
        type: 'webinar',
        startsAt: '2026-05-04T09:00:00.000Z',
        startsAt_tz: 'Europe/Paris',
        slug: 'partner-meeting',
        venue: { name: 'City hall', city: 'Lisbon' },
        sites: [t.world.sites.wayout],
        _status: 'published',
      },
      draft: false,
      depth: 0,
    })
    await t.payload.update({
      collection: 'events',
      id: event.id,
      locale: 'pt',
      data: { title: 'Reunião de parceiros', slug: 'reuniao-de-parceiros', venue: { city: 'Lisboa' } },
    })
    const config = t.payload.collections.events.config
    const paths = localizedPaths(config.fields).map(({ path }) => path)
    const all = await t.payload.findByID({ collection: 'events', id: event.id, locale: 'all', depth: 0 })
    expect(untranslatedIn(all, paths, 'pt')).toEqual(['summary', 'venue.name'])
    expect(untranslatedIn(all, paths, 'en')).toEqual([])

    const site = await t.payload.findByID({ collection: 'sites', id: t.world.sites.wayout })
    const reader = { payload: t.payload, site, origin: 'http://wayout.localhost', draft: false, user: null }
    const shown = await findTranslated(reader, 'events', 'pt', ['title', 'summary'], {
      where: { id: { equals: event.id } },
    })
    expect(shown.docs[0].fellBack).toEqual(['summary'])
  })

  it('a document saved before translation status existed gets it from the backfill, nothing else changed', async () => {
    const doc = await writeEnglish('open-day-before')
    await t.payload.db.updateOne({ collection: 'news', id: doc.id, data: { missingLocales: [] } })
    const req = await createLocalReq({}, t.payload)
    await backfillMissingLocales(t.payload, req)
    const after = await t.payload.findByID({ collection: 'news', id: doc.id, depth: 0, draft: true })
    expect(after.missingLocales).toEqual(['fr', 'de', 'pt', 'nl'])
    expect(after.title).toBe('Open day')
    expect(after.updatedAt).toBe(doc.updatedAt)
  })

  it('nobody sets the status by hand: a value sent is recounted', async () => {
    const doc = await writeEnglish('open-day-by-hand')
    const updated = await t.payload.update({
      collection: 'news',
      id: doc.id,
      data: { missingLocales: [] },
      depth: 0,
    })
    expect(updated.missingLocales).toEqual(['fr', 'de', 'pt', 'nl'])
  })
})
