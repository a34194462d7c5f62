/**
 * The public read API, defined once: the shapes (./shapes, ./projectCard) in their envelopes,
 * the parameters each endpoint takes, and the endpoints as the OpenAPI document lists them. The
 * route handlers validate their parameters with these schemas, the OpenAPI document is generated
 * from them, and the typed client and the widget import the types.
 */
import { z } from 'zod'

import { eventTypes } from '../../../collections/Events'
import { partnerRoles } from '../../../collections/Partners'
import { locales, type Locale } from '@/i18n/locales'
import { apiBase } from '@/plugins/public-api/paths'

import { ProjectCard, Statement } from './projectCard'
import {
  CategoryRef,
  DeliverableSummary,
  describe,
  EventSummary,
  Image,
  NewsItem,
  NewsSummary,
  PartnerRef,
  PartnerSummary,
  SiteRef,
  Venue,
  type Proof,
  type Same,
} from './shapes'

export { ProjectCard } from './projectCard'
export {
  CategoryRef,
  DeliverableSummary,
  EventSummary,
  Image,
  NewsItem,
  NewsSummary,
  PartnerRef,
  PartnerSummary,
  SiteRef,
} from './shapes'

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

/** A typical call of each endpoint, shown in the OpenAPI document (and the developers page). */
export const examples: { [K in EndpointName]: QueryInput[K] & { id?: string } } = {
  project: { locale: 'fr' },
  news: { locale: 'de', limit: 3 },
  newsItem: { locale: 'pt', id: '1' },
  events: { locale: 'nl', when: 'upcoming', limit: 5 },
  partners: { locale: 'en', role: 'coordinator' },
  deliverables: { locale: 'fr', workPackage: 2 },
  categories: { locale: 'en' },
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
