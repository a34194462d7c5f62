/** The project's lists: partners, deliverables and news categories (not assigned to sites). */
import { readTranslated } from '@/content/fallback'
import type { Locale } from '@/i18n/locales'
import type { Deliverable, Partner } from '@/payload-types'

import { askedSite, type AskedSite } from './askedSite'
import type { CategoryList, DeliverableList, DeliverableSummary, PartnerList, Queries } from './definitions'
import { translate } from './localise'
import { absolute, categoryRef, partnerSummary, populated } from './mappers'
import { unpaged } from './paging'
import type { Context } from './problem'

/** Every partner, in the editors' order, as the site's public reads them. */
export const allPartners = async (site: AskedSite, ctx: Context, locale: Locale, role?: Partner['role']) => {
  const { docs, ownOf } = await readTranslated(site.reader, 'partners', locale, {
    where: role ? { role: { equals: role } } : undefined,
    sort: '_order',
    depth: 1,
    limit: 500,
    pagination: false,
  })
  return docs.map((doc) => partnerSummary(doc, ownOf(doc), ctx))
}

export const partners = async (ctx: Context, query: Queries['partners']): Promise<PartnerList> => {
  const site = await askedSite(ctx, query.site, query.locale)
  return unpaged(query.locale, site, await allPartners(site, ctx, query.locale, query.role), 500)
}

const deliverableSummary = (doc: Deliverable, own: Deliverable | undefined, ctx: Context): DeliverableSummary => {
  const workPackage = populated(doc.workPackage)
  // A file the public may not read (restricted) stays an unpopulated id: no link is shown.
  const file = populated(doc.file)
  const fileUrl = absolute(file?.url, ctx)
  return {
    id: doc.id,
    code: doc.code,
    type: doc.type,
    dueMonth: doc.dueMonth ?? null,
    deliveredDate: doc.deliveredDate ?? null,
    doi: doc.doi ?? null,
    workPackage: workPackage
      ? { number: workPackage.number, ...translate(workPackage, populated(own?.workPackage), ['title']) }
      : null,
    file:
      file && fileUrl
        ? {
            url: fileUrl,
            filename: file.filename ?? null,
            filesize: file.filesize ?? null,
            mimeType: file.mimeType ?? null,
          }
        : null,
    ...translate(doc, own, ['title']),
  }
}

export const deliverables = async (ctx: Context, query: Queries['deliverables']): Promise<DeliverableList> => {
  const site = await askedSite(ctx, query.site, query.locale)
  const { docs, ownOf } = await readTranslated(site.reader, 'deliverables', query.locale, {
    where: query.workPackage ? { 'workPackage.number': { equals: query.workPackage } } : undefined,
    sort: 'code',
    depth: 1,
    limit: 500,
    pagination: false,
    populate: { 'work-packages': { number: true, title: true } },
  })
  const items = docs.map((doc) => deliverableSummary(doc, ownOf(doc), ctx))
  return unpaged(query.locale, site, items, 500)
}

export const categories = async (ctx: Context, query: Queries['categories']): Promise<CategoryList> => {
  const site = await askedSite(ctx, query.site, query.locale)
  const { docs, ownOf } = await readTranslated(site.reader, 'categories', query.locale, {
    sort: 'id',
    depth: 0,
    limit: 500,
    pagination: false,
  })
  return unpaged(
    query.locale,
    site,
    docs.map((doc) => categoryRef(doc, ownOf(doc))),
    500,
  )
}
