import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import type { User } from '@/payload-types'

import { samplePdf } from './samplePdf'

export const roleNames = ['anonymous', 'partner', 'editor', 'admin'] as const
export type RoleName = (typeof roleNames)[number]

export const password = 'correct horse battery staple'

export const samplePng = () =>
  sharp({ create: { width: 4, height: 4, channels: 3, background: '#1d3c6e' } })
    .png()
    .toBuffer()

export const fileOf = async (kind: 'png' | 'pdf', name: string) => {
  const data = kind === 'png' ? await samplePng() : samplePdf()
  return { data, name, size: data.length, mimetype: kind === 'png' ? 'image/png' : 'application/pdf' }
}

/**
 * A small world with something private in every collection: drafts, SEN deliverables,
 * restricted files, subscribers, other users, unmoderated practices, an offline site.
 * Every document is labelled, so tests can say which labels a role must (not) see.
 */
export const buildWorld = async (payload: Payload) => {
  const ids = {} as Record<string, Record<string, number>>
  const put = async (collection: CollectionSlug, label: string, data: Record<string, unknown>, extra: object = {}) => {
    const doc = await payload.create({ collection, data: data as never, depth: 0, ...extra })
    ;(ids[collection] ??= {})[label] = doc.id as number
    return doc.id as number
  }

  const wayout = await put('sites', 'wayout', {
    key: 'wayout',
    name: 'WayOut',
    hostnames: ['wayout.localhost', 'localhost'],
    languages: ['en', 'fr'],
    isDefault: true,
    live: true,
  })
  const practicesSite = await put('sites', 'practices', {
    key: 'practices',
    name: 'Practices',
    hostnames: ['practices.localhost'],
    languages: ['en'],
    live: true,
  })
  const offline = await put('sites', 'offline', {
    key: 'offline',
    name: 'Staging',
    hostnames: ['staging.localhost'],
    languages: ['en'],
    live: false,
  })

  const ownPartner = await put('partners', 'own', {
    name: 'Partner Org',
    shortName: 'OWN',
    role: 'partner',
    country: 'PT',
  })
  await put('partners', 'other', { name: 'Other Org', shortName: 'OTHER', role: 'partner', country: 'DE' })

  const users = {} as Record<Exclude<RoleName, 'anonymous'>, User>
  for (const role of ['admin', 'editor', 'partner'] as const) {
    await put('users', role, {
      email: `${role}@example.test`,
      password,
      roles: [role],
      ...(role === 'partner' ? { partner: ownPartner } : {}),
    })
    users[role] = (await payload.findByID({ collection: 'users', id: ids.users[role], depth: 0 })) as User
  }

  await put('objectives', 'one', { text: 'An objective' })
  await put('outcomes', 'one', { text: 'An outcome' })
  const wp = await put('work-packages', 'wp1', { number: 1, title: 'Management', lead: ownPartner })
  await put('categories', 'one', { title: 'Events', slug: 'events' })
  await put('media', 'image', { alt: 'A square' }, { file: await fileOf('png', 'square.png') })

  const publicPdf = await put(
    'documents',
    'public',
    { title: 'Public report', restricted: false },
    { file: await fileOf('pdf', 'public-report.pdf') },
  )
  const restrictedPdf = await put(
    'documents',
    'restricted',
    { title: 'Sensitive report', restricted: true },
    { file: await fileOf('pdf', 'sensitive-report.pdf') },
  )
  await put('deliverables', 'PU', {
    code: 'D2.1',
    title: 'State of the art',
    workPackage: wp,
    type: 'report',
    disseminationLevel: 'PU',
    file: publicPdf,
  })
  await put('deliverables', 'SEN', {
    code: 'D3.2',
    title: 'Sensitive findings',
    workPackage: wp,
    type: 'report',
    disseminationLevel: 'SEN',
    file: restrictedPdf,
  })

  for (const collection of ['news', 'events', 'pages'] as const) {
    const base = (title: string) => ({
      title,
      slug: title.toLowerCase().replace(/\W+/g, '-'),
      ...(collection === 'events' ? { type: 'webinar', startsAt: '2021-02-15T09:00:00.000Z' } : {}),
    })
    await put(collection, 'published on wayout', {
      ...base(`${collection} public`),
      sites: [wayout],
      _status: 'published',
    })
    await put(
      collection,
      'draft on wayout',
      { ...base(`${collection} secret draft`), sites: [wayout], _status: 'draft' },
      { draft: true },
    )
    await put(
      collection,
      'draft on practices',
      { ...base(`${collection} practices secret draft`), sites: [practicesSite], _status: 'draft' },
      { draft: true },
    )
    await put(collection, 'published on offline site', {
      ...base(`${collection} staging only`),
      sites: [offline],
      _status: 'published',
    })
  }

  await put('newsletters', 'sent', { number: 1, title: 'Issue one', status: 'sent' })
  await put('newsletters', 'draft', { number: 2, title: 'Issue two', status: 'draft' })
  await put('subscribers', 'confirmed', { email: 'reader@example.test', locale: 'fr', status: 'confirmed' })
  await put('newsletter-batches', 'sent to the reader', {
    newsletter: ids.newsletters.sent,
    sequence: 1,
    locale: 'fr',
    status: 'sent',
    deliveries: [{ subscriber: ids.subscribers.confirmed, email: 'reader@example.test', outcome: 'sent' }],
  })

  await put('redirects', 'old address', { site: wayout, from: '/en/old-address', to: '/en/news' })

  const practice = {
    country: 'PT',
    setting: ['prison'],
    targetGroup: 'Adults',
    approach: 'Mentoring',
    sites: [practicesSite],
  }
  await put('practices', 'published', { ...practice, title: 'Published practice', moderationStatus: 'published' })
  await put('practices', 'own submission', {
    ...practice,
    title: 'Partner submission',
    moderationStatus: 'submitted',
    submittedBy: users.partner.id,
  })
  await put('practices', 'other submission', {
    ...practice,
    title: 'Unmoderated practice',
    moderationStatus: 'submitted',
  })

  return { ids, users, sites: { wayout, practices: practicesSite, offline } }
}

export type World = Awaited<ReturnType<typeof buildWorld>>

/** Valid data for one more document of each collection, for create and delete checks. */
export const newDocument = async (collection: CollectionSlug, world: World, n: number) => {
  const wp = world.ids['work-packages'].wp1
  const data: Partial<Record<CollectionSlug, Record<string, unknown>>> = {
    sites: { key: `site-${n}`, name: 'New', hostnames: [`s${n}.localhost`], languages: ['en'] },
    users: { email: `new-${n}@example.test`, password, roles: ['editor'] },
    objectives: { text: `Objective ${n}` },
    outcomes: { text: `Outcome ${n}` },
    partners: { name: `Org ${n}`, shortName: `ORG${n}`, role: 'partner', country: 'FR' },
    'work-packages': { number: 10 + n, title: `WP ${n}`, lead: world.ids.partners.own },
    categories: { title: `Category ${n}`, slug: `category-${n}` },
    media: { alt: `Image ${n}` },
    documents: { title: `Doc ${n}` },
    deliverables: {
      code: `D8.${n}`,
      title: `Deliverable ${n}`,
      workPackage: wp,
      type: 'other',
      disseminationLevel: 'PU',
    },
    news: { title: `News ${n}`, slug: `news-${n}`, sites: [world.sites.wayout], _status: 'published' },
    events: {
      title: `Event ${n}`,
      slug: `event-${n}`,
      type: 'webinar',
      startsAt: '2021-01-01T10:00:00.000Z',
      sites: [world.sites.wayout],
      _status: 'published',
    },
    pages: { title: `Page ${n}`, slug: `page-${n}`, sites: [world.sites.wayout], _status: 'published' },
    redirects: { site: world.sites.wayout, from: `/en/moved-${n}`, to: '/en/news' },
    newsletters: { number: 100 + n, title: `Issue ${n}` },
    subscribers: { email: `subscriber-${n}@example.test`, locale: 'en' },
    'newsletter-batches': {
      newsletter: world.ids.newsletters.sent,
      sequence: 100 + n,
      locale: 'en',
      deliveries: [{ email: `subscriber-${n}@example.test` }],
    },
    practices: {
      title: `Practice ${n}`,
      country: 'NL',
      setting: ['community'],
      targetGroup: 'Youth',
      approach: 'Dialogue',
      sites: [world.sites.practices],
    },
  }
  // Only the upload collections need a file: make it for them alone.
  const files: Partial<Record<CollectionSlug, () => ReturnType<typeof fileOf>>> = {
    media: () => fileOf('png', `image-${n}.png`),
    documents: () => fileOf('pdf', `doc-${n}.pdf`),
  }
  return { data: data[collection]!, file: await files[collection]?.() }
}
