/**
 * The shapes of the public read API: each is a TypeScript type taken from the generated Payload
 * types (`Shown<News, …>`) and a zod schema that must describe exactly that type (the `Same`
 * checks fail to compile otherwise). Enumerations come from the collections that own them.
 */
import { z } from 'zod'

import { deliverableTypes } from '../../../collections/Deliverables'
import { eventTypes } from '../../../collections/Events'
import { partnerRoles } from '../../../collections/Partners'
import { countryCodes } from '@/fields/countries'
import { timeZones } from '@/i18n/timeZones'
import type { Category, Deliverable, Document, Event, Media, News, Partner, Site, WorkPackage } from '@/payload-types'

/** Fields of a generated Payload type as the API shows them: always present, null when empty. */
export type Shown<T, K extends keyof T> = { [P in K]-?: Exclude<T[P], undefined> }

/** Which localised fields of an object are shown in English because the asked locale lacks them. */
export type FellBack<K extends string> = { fellBack: K[] }

/** Compile-time proof that a schema describes exactly the type derived from Payload's. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
export type Proof<T extends true> = T

export const describe = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description })

export const fellBack = <const K extends readonly [string, ...string[]]>(fields: K) =>
  describe(
    z.array(z.enum(fields)),
    'Localised fields shown in English (the fallback locale) because they are not translated into the asked locale.',
  )

export const country = z.enum(countryCodes).nullable().meta({ description: 'ISO 3166-1 alpha-2 code', example: 'PT' })
export const dateTime = z.string().meta({ format: 'date-time' })
export const absoluteUrl = z.string().meta({ format: 'uri' })

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

// The generated Payload types must know every zone the API documents (regenerate types after a change).
const _zonesArePayloadZones: readonly Event['startsAt_tz'][] = timeZones

export type Venue = Shown<NonNullable<Event['venue']>, 'name' | 'city' | 'country'> & FellBack<'name' | 'city'>
export const Venue = z
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

export type _ShapeProofs = [
  Proof<Same<z.output<typeof SiteRef>, SiteRef>>,
  Proof<Same<z.output<typeof Image>, Image>>,
  Proof<Same<z.output<typeof CategoryRef>, CategoryRef>>,
  Proof<Same<z.output<typeof PartnerRef>, PartnerRef>>,
  Proof<Same<z.output<typeof PartnerSummary>, PartnerSummary>>,
  Proof<Same<z.output<typeof NewsSummary>, NewsSummary>>,
  Proof<Same<z.output<typeof NewsItem>, NewsItem>>,
  Proof<Same<z.output<typeof EventSummary>, EventSummary>>,
  Proof<Same<z.output<typeof DeliverableSummary>, DeliverableSummary>>,
]
