/**
 * What each endpoint reads, through the Local API as the anonymous public: `overrideAccess: false`
 * and no user, so src/access/policy.ts decides (published, live sites, PU deliverables), and every
 * site content query is scoped with `onSite`. Documents are read in every locale at once and
 * localised by ./localise.
 */
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from 'lexical'
import type { CollectionSlug, Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Partner } from '@/payload-types'
import { onSite, originOfSite } from '@/plugins/site-tenancy/resolveSite'

import type {
  CategoryList,
  CategoryRef,
  DeliverableList,
  DeliverableSummary,
  EventList,
  EventSummary,
  Image,
  List,
  NewsItem,
  NewsItemResponse,
  NewsList,
  NewsSummary,
  PartnerList,
  PartnerRef,
  PartnerSummary,
  ProjectResponse,
  Queries,
  SiteRef,
} from './definitions'
import { pick, translate } from './localise'

/** A request the API refuses (400) or cannot find (404), with a message for the developer. */
export class PublicApiProblem extends Error {
  constructor(
    readonly status: 400 | 404,
    message: string,
    readonly parameter?: string,
  ) {
    super(message)
  }
}

type Doc = Record<string, unknown>

/** Reads as the anonymous public: the access policy applies, no user, published versions only. */
const asPublic = { overrideAccess: false, draft: false, locale: 'all' } as const

/** The configured origin of the site the API was asked on: media URLs are made absolute with it. */
export type Context = { payload: Payload; origin: URL }

const absolute = (url: unknown, { origin }: Context) => (typeof url === 'string' ? new URL(url, origin).href : null)

const docOrNull = (value: unknown): Doc | null => (typeof value === 'object' && value !== null ? (value as Doc) : null)

// ---------------------------------------------------------------------------------------------
// Sites
// ---------------------------------------------------------------------------------------------

type ResolvedSite = { id: number; ref: SiteRef; home: string }

/** The live site with this key (the default site when none is given); a 400 otherwise. */
const resolveSiteKey = async (ctx: Context, key: string | undefined, locale: Locale): Promise<ResolvedSite> => {
  const { docs } = await ctx.payload.find({
    collection: 'sites',
    ...asPublic,
    where: key ? { key: { equals: key } } : { isDefault: { equals: true } },
    depth: 0,
    limit: 1,
    select: { key: true, name: true, hostnames: true },
  })
  const site = docs[0] as unknown as Doc | undefined
  if (!site) {
    if (!key) throw new PublicApiProblem(400, 'site is required: there is no default site', 'site')
    throw new PublicApiProblem(400, `site "${key}" is not a live site`, 'site')
  }
  const home = `${originOfSite({ hostnames: site.hostnames as string[] | undefined })}/${locale}`
  const { name, fellBack } = translate<'name', { name: string }>(site, locale, ['name'])
  return { id: site.id as number, home, ref: { key: site.key as string, name, url: home, fellBack } }
}

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

const image = (value: unknown, locale: Locale, ctx: Context): Image | null => {
  const media = docOrNull(value)
  if (!media) return null
  const card = docOrNull(docOrNull(media.sizes)?.card)
  const url = absolute(card?.url ?? media.url, ctx)
  if (!url) return null
  const { alt, fellBack } = translate<'alt', { alt: string }>(media, locale, ['alt'])
  return {
    url,
    alt: alt ?? '',
    width: ((card?.url ? card.width : media.width) as number | null) ?? null,
    height: ((card?.url ? card.height : media.height) as number | null) ?? null,
    fellBack,
  }
}

const categoryRef = (value: unknown, locale: Locale): CategoryRef | null => {
  const category = docOrNull(value)
  if (!category) return null
  return {
    id: category.id as number,
    ...translate<'title' | 'slug', { title: string; slug: string | null }>(category, locale, ['title', 'slug']),
  }
}

const partnerRef = (value: unknown, locale: Locale): PartnerRef | null => {
  const partner = docOrNull(value)
  if (!partner) return null
  return {
    id: partner.id as number,
    shortName: partner.shortName as string,
    ...translate<'name', { name: string }>(partner, locale, ['name']),
  }
}

const partnerSummary = (partner: Doc, locale: Locale, ctx: Context): PartnerSummary => ({
  id: partner.id as number,
  shortName: partner.shortName as string,
  role: partner.role as Partner['role'],
  country: (partner.country as Partner['country']) ?? null,
  website: (partner.website as string | null) ?? null,
  logo: image(partner.logo, locale, ctx),
  ...translate<'name' | 'description', { name: string; description: string | null }>(partner, locale, [
    'name',
    'description',
  ]),
})

const notEmpty = <T>(value: T | null): value is T => value !== null

// ---------------------------------------------------------------------------------------------
// Paging: a cursor is the sort value and id of the last item shown
// ---------------------------------------------------------------------------------------------

type Paging = { limit: number; cursor?: string; page?: number }

const encodeCursor = (sortValue: unknown, id: unknown) =>
  Buffer.from(JSON.stringify([sortValue, id])).toString('base64url')

const decodeCursor = (cursor: string): [string, number] => {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      !Number.isNaN(Date.parse(value[0])) &&
      Number.isSafeInteger(value[1])
    )
      return value as [string, number]
  } catch {
    // falls through to the 400 below
  }
  throw new PublicApiProblem(400, 'cursor must be a nextCursor this API returned', 'cursor')
}

/**
 * One page of `collection` sorted by `field` then id. With a cursor (or neither), reads one item
 * more than asked to know whether there is a next page, and counts nothing; with `page`, Payload
 * also counts the matches for the totals.
 */
const findPage = async (
  ctx: Context,
  collection: CollectionSlug,
  {
    where,
    field,
    direction,
    paging,
    ...rest
  }: { where: Where[]; field: string; direction: 'asc' | 'desc'; paging: Paging } & Record<string, unknown>,
) => {
  if (paging.cursor && paging.page) throw new PublicApiProblem(400, 'give either cursor or page, not both', 'cursor')
  const sort = direction === 'desc' ? [`-${field}`, '-id'] : [field, 'id']
  const beyond = direction === 'desc' ? 'less_than' : 'greater_than'
  const conditions = [...where]
  if (paging.cursor) {
    const [value, id] = decodeCursor(paging.cursor)
    conditions.push({
      or: [{ [field]: { [beyond]: value } }, { and: [{ [field]: { equals: value } }, { id: { [beyond]: id } }] }],
    })
  }
  const result = await ctx.payload.find({
    collection,
    ...asPublic,
    ...rest,
    where: { and: conditions },
    sort,
    ...(paging.page ? { limit: paging.limit, page: paging.page } : { limit: paging.limit + 1, pagination: false }),
  })
  const docs = result.docs.slice(0, paging.limit) as unknown as Doc[]
  const more = paging.page ? result.hasNextPage : result.docs.length > paging.limit
  const last = docs.at(-1)
  return {
    docs,
    limit: paging.limit,
    nextCursor: more && last ? encodeCursor(last[field], last.id) : null,
    page: paging.page ?? null,
    totalPages: paging.page ? result.totalPages : null,
    totalItems: paging.page ? result.totalDocs : null,
  }
}

const unpaged = <T>(locale: Locale, site: ResolvedSite, items: T[], limit: number): List<T> => ({
  locale,
  site: site.ref,
  items,
  limit,
  nextCursor: null,
  page: null,
  totalPages: null,
  totalItems: null,
})

// ---------------------------------------------------------------------------------------------
// Endpoints
// ---------------------------------------------------------------------------------------------

const newsFields = ['title', 'slug', 'summary'] as const

const newsSummary = (doc: Doc, locale: Locale, site: ResolvedSite, ctx: Context): NewsSummary => {
  const text = translate<(typeof newsFields)[number], { title: string; slug: string | null; summary: string | null }>(
    doc,
    locale,
    newsFields,
  )
  return {
    id: doc.id as number,
    ...text,
    publishedAt: (doc.publishedAt as string | null) ?? null,
    categories: ((doc.categories as unknown[]) ?? []).map((c) => categoryRef(c, locale)).filter(notEmpty),
    image: image(doc.heroImage, locale, ctx),
    url: text.slug ? `${site.home}/news/${encodeURIComponent(text.slug)}` : `${site.home}/news`,
  }
}

/** A category by id or by its slug in any locale; a 400 when there is none. */
const resolveCategory = async (ctx: Context, value: string) => {
  const { docs } = await ctx.payload.find({
    collection: 'categories',
    ...asPublic,
    depth: 0,
    limit: 500,
    pagination: false,
    select: { slug: true },
  })
  const found = (docs as unknown as Doc[]).find(
    (doc) =>
      String(doc.id) === value ||
      Object.values((doc.slug as Record<string, string> | null) ?? {}).some((slug) => slug === value),
  )
  if (!found) throw new PublicApiProblem(400, `category "${value}" does not exist`, 'category')
  return found.id as number
}

const newsSelect = {
  title: true,
  slug: true,
  summary: true,
  publishedAt: true,
  categories: true,
  heroImage: true,
} as const

export const newsList = async (ctx: Context, query: Queries['news']): Promise<NewsList> => {
  const site = await resolveSiteKey(ctx, query.site, query.locale)
  const category = query.category ? await resolveCategory(ctx, query.category) : null
  const page = await findPage(ctx, 'news', {
    where: [
      onSite(site),
      { publishedAt: { exists: true } },
      ...(category ? [{ categories: { contains: category } }] : []),
    ],
    field: 'publishedAt',
    direction: 'desc',
    paging: query,
    depth: 1,
    select: newsSelect,
    populate: { categories: { title: true, slug: true } },
  })
  const { docs, ...paging } = page
  return {
    locale: query.locale,
    site: site.ref,
    ...paging,
    items: docs.map((doc) => newsSummary(doc, query.locale, site, ctx)),
  }
}

export const newsItem = async (ctx: Context, id: string, query: Queries['newsItem']): Promise<NewsItemResponse> => {
  const site = await resolveSiteKey(ctx, query.site, query.locale)
  const { docs } = await ctx.payload.find({
    collection: 'news',
    ...asPublic,
    where: { and: [onSite(site), { id: { equals: id } }] },
    depth: 1,
    limit: 1,
    pagination: false,
    select: { ...newsSelect, body: true },
    populate: { categories: { title: true, slug: true } },
  })
  const doc = docs[0] as unknown as Doc | undefined
  if (!doc) throw new PublicApiProblem(404, `news item ${id} is not published on site "${site.ref.key}"`)
  const summary = newsSummary(doc, query.locale, site, ctx)
  const body = pick(doc.body, query.locale)
  const html = body.value
    ? convertLexicalToHTML({
        data: body.value as SerializedEditorState,
        disableContainer: true,
        // No inline style attributes: the HTML must render under a strict Content-Security-Policy.
        disableIndent: true,
        disableTextAlign: true,
      })
    : ''
  const item: NewsItem = {
    ...summary,
    body: html,
    fellBack: [...summary.fellBack, ...(body.fellBack ? ['body' as const] : [])],
  }
  return { locale: query.locale, site: site.ref, item }
}

export const events = async (ctx: Context, query: Queries['events']): Promise<EventList> => {
  const site = await resolveSiteKey(ctx, query.site, query.locale)
  // An event is upcoming until it ends; without an end, until a day after it starts.
  const now = new Date()
  const dayAgo = new Date(now.getTime() - 24 * 3600_000).toISOString()
  const upcoming: Where = {
    or: [
      { endsAt: { greater_than_equal: now.toISOString() } },
      { and: [{ endsAt: { exists: false } }, { startsAt: { greater_than_equal: dayAgo } }] },
    ],
  }
  const past: Where = {
    or: [
      { endsAt: { less_than: now.toISOString() } },
      { and: [{ endsAt: { exists: false } }, { startsAt: { less_than: dayAgo } }] },
    ],
  }
  const page = await findPage(ctx, 'events', {
    where: [
      onSite(site),
      query.when === 'upcoming' ? upcoming : past,
      ...(query.type ? [{ type: { equals: query.type } }] : []),
    ],
    field: 'startsAt',
    direction: query.when === 'upcoming' ? 'asc' : 'desc',
    paging: query,
    depth: 1,
    select: {
      title: true,
      slug: true,
      type: true,
      summary: true,
      startsAt: true,
      startsAt_tz: true,
      endsAt: true,
      allDay: true,
      online: true,
      onlineUrl: true,
      registrationUrl: true,
      venue: true,
      organiser: true,
    },
    populate: { partners: { name: true, shortName: true } },
  })
  const { docs, ...paging } = page
  const items = docs.map((doc): EventSummary => {
    const text = translate<
      'title' | 'slug' | 'summary',
      { title: string; slug: string | null; summary: string | null }
    >(doc, query.locale, ['title', 'slug', 'summary'])
    const venue = docOrNull(doc.venue)
    const hasVenue = !doc.online && venue && Object.values(venue).some((value) => pick(value, 'en').value)
    return {
      id: doc.id as number,
      ...text,
      type: doc.type as EventSummary['type'],
      startsAt: doc.startsAt as string,
      endsAt: (doc.endsAt as string | null) ?? null,
      timeZone: (doc.startsAt_tz as EventSummary['timeZone']) ?? 'UTC',
      allDay: (doc.allDay as boolean | null) ?? null,
      online: (doc.online as boolean | null) ?? null,
      onlineUrl: (doc.onlineUrl as string | null) ?? null,
      registrationUrl: (doc.registrationUrl as string | null) ?? null,
      venue: hasVenue
        ? {
            country: (venue.country as NonNullable<EventSummary['venue']>['country']) ?? null,
            ...translate<'name' | 'city', { name: string | null; city: string | null }>(venue, query.locale, [
              'name',
              'city',
            ]),
          }
        : null,
      organiser: partnerRef(doc.organiser, query.locale),
      url: text.slug ? `${site.home}/events/${encodeURIComponent(text.slug)}` : `${site.home}/events`,
    }
  })
  return { locale: query.locale, site: site.ref, ...paging, items }
}

const allPartners = async (ctx: Context, locale: Locale, role?: Partner['role']) => {
  const { docs } = await ctx.payload.find({
    collection: 'partners',
    ...asPublic,
    where: role ? { role: { equals: role } } : {},
    sort: '_order',
    depth: 1,
    limit: 500,
    pagination: false,
    select: { name: true, shortName: true, role: true, country: true, website: true, description: true, logo: true },
  })
  return (docs as unknown as Doc[]).map((doc) => partnerSummary(doc, locale, ctx))
}

export const partners = async (ctx: Context, query: Queries['partners']): Promise<PartnerList> => {
  const site = await resolveSiteKey(ctx, query.site, query.locale)
  return unpaged(query.locale, site, await allPartners(ctx, query.locale, query.role), 500)
}

export const deliverables = async (ctx: Context, query: Queries['deliverables']): Promise<DeliverableList> => {
  const site = await resolveSiteKey(ctx, query.site, query.locale)
  const { docs } = await ctx.payload.find({
    collection: 'deliverables',
    ...asPublic,
    where: query.workPackage ? { 'workPackage.number': { equals: query.workPackage } } : {},
    sort: 'code',
    depth: 1,
    limit: 500,
    pagination: false,
    populate: { 'work-packages': { number: true, title: true } },
  })
  const items = (docs as unknown as Doc[]).map((doc): DeliverableSummary => {
    const workPackage = docOrNull(doc.workPackage)
    // A file the public may not read (restricted) stays an unpopulated id: no link is shown.
    const file = docOrNull(doc.file)
    const fileUrl = absolute(file?.url, ctx)
    return {
      id: doc.id as number,
      code: doc.code as string,
      type: doc.type as DeliverableSummary['type'],
      dueMonth: (doc.dueMonth as number | null) ?? null,
      deliveredDate: (doc.deliveredDate as string | null) ?? null,
      doi: (doc.doi as string | null) ?? null,
      workPackage: workPackage
        ? {
            number: workPackage.number as number,
            ...translate<'title', { title: string }>(workPackage, query.locale, ['title']),
          }
        : null,
      file:
        file && fileUrl
          ? {
              url: fileUrl,
              filename: (file.filename as string | null) ?? null,
              filesize: (file.filesize as number | null) ?? null,
              mimeType: (file.mimeType as string | null) ?? null,
            }
          : null,
      ...translate<'title', { title: string }>(doc, query.locale, ['title']),
    }
  })
  return unpaged(query.locale, site, items, 500)
}

export const categories = async (ctx: Context, query: Queries['categories']): Promise<CategoryList> => {
  const site = await resolveSiteKey(ctx, query.site, query.locale)
  const { docs } = await ctx.payload.find({
    collection: 'categories',
    ...asPublic,
    sort: 'id',
    depth: 0,
    limit: 500,
    pagination: false,
    select: { title: true, slug: true },
  })
  return unpaged(
    query.locale,
    site,
    (docs as unknown[]).map((doc) => categoryRef(doc, query.locale)).filter(notEmpty),
    500,
  )
}

export const project = async (ctx: Context, query: Queries['project']): Promise<ProjectResponse> => {
  const { locale } = query
  const site = await resolveSiteKey(ctx, query.site, locale)
  const statements = async (collection: 'objectives' | 'outcomes') => {
    const { docs } = await ctx.payload.find({
      collection,
      ...asPublic,
      sort: '_order',
      depth: 0,
      limit: 200,
      pagination: false,
    })
    return (docs as unknown as Doc[]).map((doc) => ({
      id: doc.id as number,
      ...translate<'text', { text: string }>(doc, locale, ['text']),
    }))
  }
  const [facts, objectives, outcomes, everyone] = await Promise.all([
    ctx.payload.findGlobal({ slug: 'project', ...asPublic, depth: 0 }) as unknown as Promise<Doc>,
    statements('objectives'),
    statements('outcomes'),
    allPartners(ctx, locale),
  ])
  const funding = docOrNull(facts.funding)
  const timeframe = docOrNull(facts.timeframe)
  const byRole = (role: Partner['role']) => everyone.filter((partner) => partner.role === role)
  return {
    locale,
    site: site.ref,
    project: {
      // A factsheet never saved has no values yet, not even the required ones.
      name: (facts.name as string | undefined) ?? '',
      acronym: (facts.acronym as string | undefined) ?? '',
      website: (facts.website as string | null) ?? null,
      ...translate<
        'fullTitle' | 'tagline' | 'summary',
        { fullTitle: string; tagline: string | null; summary: string | null }
      >(facts, locale, ['fullTitle', 'tagline', 'summary']),
      funding: {
        grantNumber: (funding?.grantNumber as string | null) ?? null,
        ...translate<
          'programme' | 'body' | 'statement' | 'disclaimer',
          { programme: string | null; body: string | null; statement: string | null; disclaimer: string | null }
        >(funding, locale, ['programme', 'body', 'statement', 'disclaimer']),
      },
      timeframe: {
        start: (timeframe?.start as string | undefined) ?? '',
        end: (timeframe?.end as string | undefined) ?? '',
        ...translate<'note', { note: string | null }>(timeframe, locale, ['note']),
      },
      objectives,
      outcomes,
      partners: { coordinator: byRole('coordinator'), partner: byRole('partner'), associated: byRole('associated') },
    },
  }
}
