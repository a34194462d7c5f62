/**
 * The accessibility statement, privacy notice and legal notice are pages editors write: seeded in
 * five languages (the EU model statement's parts for accessibility), with what only the project
 * can say marked for editors, on both sites; editors can change them; and no page can take an
 * address a fixed route of the sites holds.
 */
import { ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { seed } from '@/seed'

import { withWorld } from '../support/world'

const t = withWorld('legal_pages')

beforeAll(async () => {
  await seed(t.payload)
})

/** The text of a Lexical state, headings and paragraphs one per line. */
const textOf = (body: unknown): string =>
  typeof body !== 'object' || body === null
    ? ''
    : 'text' in body && typeof body.text === 'string'
      ? body.text
      : Object.values(body)
          .flatMap((value) => (Array.isArray(value) ? value.map(textOf) : [textOf(value)]))
          .filter(Boolean)
          .join('\n')

const notice = async (slug: string, locale: (typeof locales)[number]) =>
  (
    await t.payload.find({
      collection: 'pages',
      where: { slug: { equals: slug } },
      locale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: false,
    })
  ).docs[0]

describe('the seeded notices', () => {
  it('are published pages on both sites, in every language, under the notice’s own slug', async () => {
    const { docs: sites } = await t.payload.find({
      collection: 'sites',
      where: { key: { in: ['wayout', 'practices'] } },
    })
    for (const slug of ['accessibility', 'privacy', 'legal'])
      for (const locale of locales) {
        const page = await notice(slug, locale)
        expect(page, `${slug} in ${locale}`).toBeDefined()
        expect(page._status).toBe('published')
        expect(page.title.length).toBeGreaterThan(3)
        expect(page.sites).toEqual(expect.arrayContaining(sites.map((site) => site.id)))
      }
  })

  it('follow the EU model accessibility statement, and leave what only the project knows marked', async () => {
    const english = textOf((await notice('accessibility', 'en')).body)
    for (const part of [
      'Compliance status',
      'Non-accessible content',
      'Preparation of this statement',
      'Feedback and contact information',
      'Enforcement procedure',
    ])
      expect(english).toContain(part)
    expect(english).toContain('«To be completed by the project: date this statement was prepared and last reviewed»')
    expect(textOf((await notice('accessibility', 'fr')).body)).toContain('Procédure de mise en œuvre')
    expect(textOf((await notice('privacy', 'de')).body)).toContain('Datenschutzbeauftragte')
    expect(textOf((await notice('legal', 'nl')).body)).toContain('«In te vullen door het project:')
  })

  it('can be rewritten by an editor', async () => {
    const page = await notice('privacy', 'pt')
    const updated = await t.payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'pt',
      data: { summary: 'Revisto pela equipa.' },
      user: t.world.users.editor,
      overrideAccess: false,
    })
    expect(updated.summary).toBe('Revisto pela equipa.')
  })

  it('keep what editors wrote when the seed runs again', async () => {
    const page = await notice('legal', 'fr')
    await t.payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'fr',
      data: { summary: 'Complété par le projet.' },
      user: t.world.users.editor,
      overrideAccess: false,
    })
    await seed(t.payload)
    expect((await notice('legal', 'fr')).summary).toBe('Complété par le projet.')
    expect((await t.payload.count({ collection: 'pages', where: { slug: { equals: 'legal' } } })).totalDocs).toBe(1)
  })
})

describe('addresses of fixed routes', () => {
  it('are refused to a page, saying why', async () => {
    const error = await t.payload
      .create({ collection: 'pages', data: { title: 'Training', slug: 'training', sites: [t.world.sites.wayout] } })
      .then(
        () => null,
        (caught: unknown) => caught,
      )
    expect(error).toBeInstanceOf(ValidationError)
    expect(error instanceof ValidationError && error.data.errors[0]).toMatchObject({
      path: 'slug',
      message: expect.stringContaining('belongs to a fixed page of the site (/training)'),
    })
  })
})
