/**
 * The public read API, defined once: each shape is a TypeScript type taken from the generated
 * Payload types (`Shown<News, …>`), and a zod schema that must describe exactly that type (the
 * `Same` checks below fail to compile otherwise). The route handlers validate their parameters
 * with these schemas, the OpenAPI document is generated from them, and the typed client and the
 * widget import the types.
 */
import { z } from 'zod'

import { countryCodes } from '@/fields/countries'
import { locales, type Locale } from '@/i18n/locales'
import { timeZones } from '@/i18n/timeZones'
import type {
  Category,
  Deliverable,
  Document,
  Event,
  Media,
  News,
  Objective,
  Outcome,
  Partner,
  Project,
  Site,
  WorkPackage,
} from '@/payload-types'

import { apiBase } from '../plugins/public-api/paths'

/** Fields of a generated Payload type as the API shows them: always present, null when empty. */
type Shown<T, K extends keyof T> = { [P in K]-?: Exclude<T[P], undefined> }

/** Which localised fields of an object are shown in English because the asked locale lacks them. */
type FellBack<K extends string> = { fellBack: K[] }

/** Compile-time proof that a schema describes exactly the type derived from Payload's. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Proof<T extends true> = T

const describe = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description })

const fellBack = <const K extends readonly [string, ...string[]]>(fields: K) =>
  describe(
    z.array(z.enum(fields)),
    'Localised fields shown in English (the fallback locale) because they are not translated into the asked locale.',
  )

const country = z.enum(countryCodes).nullable().meta({ description: 'ISO 3166-1 alpha-2 code', example: 'PT' })
const dateTime = z.string().meta({ format: 'date-time' })
const absoluteUrl = z.string().meta({ format: 'uri' })

// ---------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------

export type SiteRef = Shown<Site, 'key' | 'name'> & { url: string } & FellBack<'name'>
export const SiteRef = z
  .object({
    key: z.string(),
    name: z.string(),
    url: describe(absoluteUrl, "The site's home page in the asked locale."),
    fellBack: fellBack(['name']),
  })
  .meta({ id: 'SiteRef' })

export type Image = Shown<Media, 'alt' | 'width' | 'height'> & { url: string } & FellBack<'alt'>
export const Image = z
  .object({
    url: absoluteUrl,
    alt: z.string(),
    width: z.number().nullable(),
    height: z.number().nullable(),
    fellBack: fellBack(['alt']),
  })
  .meta({ id: 'Image' })

export type CategoryRef = Shown<Category, 'id' | 'title' | 'slug'> & FellBack<'title' | 'slug'>
export const CategoryRef = z
  .object({ id: z.number(), title: z.string(), slug: z.string().nullable(), fellBack: fellBack(['title', 'slug']) })
  .meta({ id: 'CategoryRef' })

export type PartnerRef = Shown<Partner, 'id' | 'name' | 'shortName'> & FellBack<'name'>
export const PartnerRef = z
  .object({ id: z.number(), name: z.string(), shortName: z.string(), fellBack: fellBack(['name']) })
  .meta({ id: 'PartnerRef' })

export type PartnerSummary = Shown<
  Partner,
  'id' | 'name' | 'shortName' | 'role' | 'country' | 'website' | 'description'
> & {
  logo: Image | null
} & FellBack<'name' | 'description'>
const partnerRoles = ['coordinator', 'partner', 'associated'] as const satisfies readonly Partner['role'][]
export const PartnerSummary = z
  .object({
    id: z.number(),
    name: z.string(),
    shortName: z.string(),
    role: z.enum(partnerRoles),
    country,
    website: absoluteUrl.nullable(),
    description: z.string().nullable(),
    logo: Image.nullable(),
    fellBack: fellBack(['name', 'description']),
  })
  .meta({ id: 'PartnerSummary' })

export type NewsSummary = Shown<News, 'id' | 'title' | 'slug' | 'summary' | 'publishedAt'> & {
  categories: CategoryRef[]
  image: Image | null
  url: string
} & FellBack<'title' | 'slug' | 'summary'>
const newsSummaryFields = {
  id: z.number(),
  title: z.string(),
  slug: z.string().nullable(),
  summary: z.string().nullable(),
  publishedAt: dateTime.nullable(),
  categories: z.array(CategoryRef),
  image: Image.nullable(),
  url: describe(absoluteUrl, 'The news item on its site, in the asked locale.'),
}
export const NewsSummary = z
  .object({ ...newsSummaryFields, fellBack: fellBack(['title', 'slug', 'summary']) })
  .meta({ id: 'NewsSummary' })

export type NewsItem = Omit<NewsSummary, 'fellBack'> & { body: string } & FellBack<
    'title' | 'slug' | 'summary' | 'body'
  >
export const NewsItem = z
  .object({
    ...newsSummaryFields,
    body: describe(z.string(), 'The article as HTML (paragraphs, headings, lists, links); empty when there is none.'),
    fellBack: fellBack(['title', 'slug', 'summary', 'body']),
  })
  .meta({ id: 'NewsItem' })

const eventTypes = [
  'conference',
  'webinar',
  'training',
  'roundtable',
  'discussion',
] as const satisfies readonly Event['type'][]
// The generated Payload types must know every zone the API documents (regenerate types after a change).
const _zonesArePayloadZones: readonly Event['startsAt_tz'][] = timeZones

type Venue = Shown<NonNullable<Event['venue']>, 'name' | 'city' | 'country'> & FellBack<'name' | 'city'>
const Venue = z
  .object({
    name: z.string().nullable(),
    city: z.string().nullable(),
    country,
    fellBack: fellBack(['name', 'city']),
  })
  .meta({ id: 'Venue' })

export type EventSummary = Shown<
  Event,
  | 'id'
  | 'title'
  | 'slug'
  | 'type'
  | 'summary'
  | 'startsAt'
  | 'endsAt'
  | 'allDay'
  | 'online'
  | 'onlineUrl'
  | 'registrationUrl'
> & {
  timeZone: Event['startsAt_tz']
  venue: Venue | null
  organiser: PartnerRef | null
  url: string
} & FellBack<'title' | 'slug' | 'summary'>
export const EventSummary = z
  .object({
    id: z.number(),
    title: z.string(),
    slug: z.string().nullable(),
    type: z.enum(eventTypes),
    summary: z.string().nullable(),
    startsAt: dateTime,
    endsAt: dateTime.nullable(),
    timeZone: describe(z.enum(timeZones), 'The time zone the event is held in; format its dates in it.'),
    allDay: describe(z.boolean().nullable(), 'Only the dates are meaningful, not the times.'),
    online: z.boolean().nullable(),
    onlineUrl: absoluteUrl.nullable(),
    registrationUrl: absoluteUrl.nullable(),
    venue: Venue.nullable(),
    organiser: PartnerRef.nullable(),
    url: describe(absoluteUrl, 'The event on its site, in the asked locale.'),
    fellBack: fellBack(['title', 'slug', 'summary']),
  })
  .meta({ id: 'EventSummary' })

type WorkPackageRef = Shown<WorkPackage, 'number' | 'title'> & FellBack<'title'>
type FileRef = Shown<Document, 'filename' | 'filesize' | 'mimeType'> & { url: string }

export type DeliverableSummary = Shown<
  Deliverable,
  'id' | 'code' | 'title' | 'type' | 'dueMonth' | 'deliveredDate' | 'doi'
> & { workPackage: WorkPackageRef | null; file: FileRef | null } & FellBack<'title'>
const deliverableTypes = ['report', 'demonstrator', 'other'] as const satisfies readonly Deliverable['type'][]
export const DeliverableSummary = z
  .object({
    id: z.number(),
    code: z.string().meta({ example: 'D2.1' }),
    title: z.string(),
    type: z.enum(deliverableTypes),
    dueMonth: describe(z.number().nullable(), 'Project month, 1 = the first.'),
    deliveredDate: dateTime.nullable(),
    doi: absoluteUrl.nullable(),
    workPackage: z
      .object({ number: z.number(), title: z.string(), fellBack: fellBack(['title']) })
      .nullable()
      .meta({ id: 'WorkPackageRef' }),
    file: z
      .object({
        url: absoluteUrl,
        filename: z.string().nullable(),
        filesize: z.number().nullable(),
        mimeType: z.string().nullable(),
      })
      .nullable()
      .meta({ id: 'FileRef' }),
    fellBack: fellBack(['title']),
  })
  .meta({ id: 'DeliverableSummary' })

type Statement = Shown<Objective | Outcome, 'id' | 'text'> & FellBack<'text'>
const Statement = z.object({ id: z.number(), text: z.string(), fellBack: fellBack(['text']) }).meta({ id: 'Statement' })

type Funding = Shown<
  NonNullable<Project['funding']>,
  'programme' | 'body' | 'grantNumber' | 'statement' | 'disclaimer'
> &
  FellBack<'programme' | 'body' | 'statement' | 'disclaimer'>
type Timeframe = Shown<Project['timeframe'], 'start' | 'end' | 'note'> & FellBack<'note'>

export type ProjectCard = Shown<Project, 'name' | 'acronym' | 'fullTitle' | 'tagline' | 'summary' | 'website'> & {
  funding: Funding
  timeframe: Timeframe
  objectives: Statement[]
  outcomes: Statement[]
  partners: Record<Partner['role'], PartnerSummary[]>
} & FellBack<'fullTitle' | 'tagline' | 'summary'>
export const ProjectCard = z
  .object({
    name: z.string(),
    acronym: z.string(),
    fullTitle: z.string(),
    tagline: z.string().nullable(),
    summary: z.string().nullable(),
    website: absoluteUrl.nullable(),
    funding: z
      .object({
        programme: z.string().nullable(),
        body: z.string().nullable(),
        grantNumber: z.string().nullable(),
        statement: z.string().nullable(),
        disclaimer: z.string().nullable(),
        fellBack: fellBack(['programme', 'body', 'statement', 'disclaimer']),
      })
      .meta({ id: 'Funding' }),
    timeframe: z
      .object({ start: dateTime, end: dateTime, note: z.string().nullable(), fellBack: fellBack(['note']) })
      .meta({ id: 'Timeframe' }),
    objectives: z.array(Statement),
    outcomes: z.array(Statement),
    partners: describe(
      z.object({
        coordinator: z.array(PartnerSummary),
        partner: z.array(PartnerSummary),
        associated: z.array(PartnerSummary),
      }),
      'The consortium by role, in the order editors gave it.',
    ),
    fellBack: fellBack(['fullTitle', 'tagline', 'summary']),
  })
  .meta({ id: 'ProjectCard' })

export type _Proofs = [
  Proof<Same<z.output<typeof SiteRef>, SiteRef>>,
  Proof<Same<z.output<typeof Image>, Image>>,
  Proof<Same<z.output<typeof CategoryRef>, CategoryRef>>,
  Proof<Same<z.output<typeof PartnerRef>, PartnerRef>>,
  Proof<Same<z.output<typeof PartnerSummary>, PartnerSummary>>,
  Proof<Same<z.output<typeof NewsSummary>, NewsSummary>>,
  Proof<Same<z.output<typeof NewsItem>, NewsItem>>,
  Proof<Same<z.output<typeof EventSummary>, EventSummary>>,
  Proof<Same<z.output<typeof DeliverableSummary>, DeliverableSummary>>,
  Proof<Same<z.output<typeof ProjectCard>, ProjectCard>>,
]

// ---------------------------------------------------------------------------------------------
// Envelopes
// ---------------------------------------------------------------------------------------------

const localeField = describe(z.enum(locales), 'The locale the text is in, unless a fellBack list says otherwise.')

const list = <T extends z.ZodType>(id: string, item: T) =>
  z
    .object({
      locale: localeField,
      site: SiteRef,
      items: z.array(item),
      limit: z.number(),
      nextCursor: describe(z.string().nullable(), 'Pass as `cursor` for the next items; null on the last page.'),
      page: describe(z.number().nullable(), 'The page asked for with `page`, else null.'),
      totalPages: describe(z.number().nullable(), 'With `page` only: counting costs a query.'),
      totalItems: describe(z.number().nullable(), 'With `page` only.'),
    })
    .meta({ id })

export const NewsList = list('NewsList', NewsSummary)
export const EventList = list('EventList', EventSummary)
export const PartnerList = list('PartnerList', PartnerSummary)
export const DeliverableList = list('DeliverableList', DeliverableSummary)
export const CategoryList = list('CategoryList', CategoryRef)

export const NewsItemResponse = z
  .object({ locale: localeField, site: SiteRef, item: NewsItem })
  .meta({ id: 'NewsItemResponse' })
export const ProjectResponse = z
  .object({ locale: localeField, site: SiteRef, project: ProjectCard })
  .meta({ id: 'ProjectResponse' })

export const ApiError = z
  .object({
    error: z.object({
      status: z.number(),
      code: z.enum(['invalid_parameter', 'not_found', 'unavailable']),
      message: z.string(),
      parameter: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' })

export type List<T> = {
  locale: Locale
  site: SiteRef
  items: T[]
  limit: number
  nextCursor: string | null
  page: number | null
  totalPages: number | null
  totalItems: number | null
}
export type NewsList = List<NewsSummary>
export type EventList = List<EventSummary>
export type PartnerList = List<PartnerSummary>
export type DeliverableList = List<DeliverableSummary>
export type CategoryList = List<CategoryRef>
export type NewsItemResponse = { locale: Locale; site: SiteRef; item: NewsItem }
export type ProjectResponse = { locale: Locale; site: SiteRef; project: ProjectCard }
export type ApiError = z.output<typeof ApiError>

export type _EnvelopeProofs = [
  Proof<Same<z.output<typeof NewsList>, NewsList>>,
  Proof<Same<z.output<typeof EventList>, EventList>>,
  Proof<Same<z.output<typeof PartnerList>, PartnerList>>,
  Proof<Same<z.output<typeof DeliverableList>, DeliverableList>>,
  Proof<Same<z.output<typeof CategoryList>, CategoryList>>,
  Proof<Same<z.output<typeof NewsItemResponse>, NewsItemResponse>>,
  Proof<Same<z.output<typeof ProjectResponse>, ProjectResponse>>,
]

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

const whole = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number from ${min} to ${max}` })
    .int({ error: `${name} must be a whole number from ${min} to ${max}` })
    .min(min, { error: `${name} must be a whole number from ${min} to ${max}` })
    .max(max, { error: `${name} must be a whole number from ${min} to ${max}` })

const localeParam = describe(
  z.enum(locales, { error: `locale must be one of ${locales.join(', ')}` }).default('en'),
  'Untranslated text falls back to English, flagged in `fellBack`.',
)

const siteParam = describe(
  z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, { error: 'site must be a site key such as "wayout"' })
    .optional(),
  'The site key (e.g. `wayout`, `practices`); default: the default site.',
)

const paging = {
  limit: describe(whole('limit', 1, 50).default(10), 'How many items, 1–50.'),
  cursor: describe(z.string().max(200).optional(), 'The `nextCursor` of the previous response.'),
  page: describe(whole('page', 1, 10_000).optional(), 'A page number instead of a cursor; adds the totals.'),
}

const common = { locale: localeParam, site: siteParam }

export const queries = {
  project: z.strictObject(common),
  news: z.strictObject({
    ...common,
    category: describe(z.string().max(100).optional(), 'A category slug (in any locale) or id.'),
    ...paging,
  }),
  newsItem: z.strictObject(common),
  events: z.strictObject({
    ...common,
    when: describe(
      z.enum(['upcoming', 'past'], { error: 'when must be upcoming or past' }).default('upcoming'),
      'Upcoming events (soonest first; an event is upcoming until it ends) or past ones (latest first).',
    ),
    type: describe(
      z.enum(eventTypes, { error: `type must be one of ${eventTypes.join(', ')}` }).optional(),
      'Event type.',
    ),
    ...paging,
  }),
  partners: z.strictObject({
    ...common,
    role: describe(
      z.enum(partnerRoles, { error: `role must be one of ${partnerRoles.join(', ')}` }).optional(),
      'Only partners of this role.',
    ),
  }),
  deliverables: z.strictObject({
    ...common,
    workPackage: describe(whole('workPackage', 1, 99).optional(), 'Only this work package (its number).'),
  }),
  categories: z.strictObject(common),
}

export type Queries = { [K in keyof typeof queries]: z.output<(typeof queries)[K]> }
/** What a client may pass: any parameter may be left out (the defaults apply). */
export type QueryInput = { [K in keyof typeof queries]: Partial<Queries[K]> }

/** A document id in the path: a positive integer the SQL databases can hold, or a MongoDB ObjectId. */
export const idParam = z
  .string()
  .regex(/^([1-9]\d{0,9}|[0-9a-f]{24})$/, { error: 'id must be a news item id' })
  .refine((id) => id.length === 24 || Number(id) <= 2_147_483_647, { error: 'id must be a news item id' })

// ---------------------------------------------------------------------------------------------
// Endpoints, as the OpenAPI document lists them
// ---------------------------------------------------------------------------------------------

export type EndpointName = keyof typeof queries

export const endpoints: Record<
  EndpointName,
  { path: string; summary: string; response: z.ZodType; pathParams?: Record<string, z.ZodType> }
> = {
  project: {
    path: `${apiBase}/project`,
    summary: 'The project card: factsheet, objectives, expected outcomes, partners by role, funding, timeframe.',
    response: ProjectResponse,
  },
  news: {
    path: `${apiBase}/news`,
    summary: "The site's published news, newest first.",
    response: NewsList,
  },
  newsItem: {
    path: `${apiBase}/news/{id}`,
    summary: 'One published news item of the site, with its text.',
    response: NewsItemResponse,
    pathParams: { id: idParam },
  },
  events: {
    path: `${apiBase}/events`,
    summary: "The site's published events, upcoming or past.",
    response: EventList,
  },
  partners: {
    path: `${apiBase}/partners`,
    summary: 'The consortium: coordinator, partners and associated partners, in the order editors gave them.',
    response: PartnerList,
  },
  deliverables: {
    path: `${apiBase}/deliverables`,
    summary: 'The public (PU) deliverables, by code.',
    response: DeliverableList,
  },
  categories: {
    path: `${apiBase}/categories`,
    summary: 'The news categories, for the `category` filter.',
    response: CategoryList,
  },
}

export const schemas = [
  SiteRef,
  Image,
  CategoryRef,
  PartnerRef,
  PartnerSummary,
  NewsSummary,
  NewsItem,
  Venue,
  EventSummary,
  DeliverableSummary,
  Statement,
  ProjectCard,
  NewsList,
  EventList,
  PartnerList,
  DeliverableList,
  CategoryList,
  NewsItemResponse,
  ProjectResponse,
  ApiError,
]
