import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { readTranslated } from '@/content/fallback'
import { readSlugs } from '@/content/read'
import type { Locale } from '@/i18n/locales'
import type { News } from '@/payload-types'

import { askedSite, type AskedSite } from './askedSite'
import type { NewsItemResponse, NewsList, NewsSummary, Queries } from './definitions'
import { translate } from './localise'
import { categoryRef, image, notEmpty, populated, populatedIn } from './mappers'
import { findPage } from './paging'
import { PublicApiProblem, type Context } from './problem'

// Categories are shown by id, title and slug only.
const populate = { categories: { title: true, slug: true } } as const

const newsSummary = (doc: News, own: News | undefined, site: AskedSite, ctx: Context): NewsSummary => {
  const text = translate(doc, own, ['title', 'slug', 'summary'])
  return {
    id: doc.id,
    ...text,
    publishedAt: doc.publishedAt ?? null,
    categories: (doc.categories ?? [])
      .map(populated)
      .filter(notEmpty)
      .map((category) => categoryRef(category, populatedIn(own?.categories, category.id))),
    image: image(doc.heroImage, own?.heroImage, ctx),
    url: text.slug ? `${site.home}/news/${encodeURIComponent(text.slug)}` : `${site.home}/news`,
  }
}

/** A category by id or by its slug in any locale; a 400 when there is none. */
const resolveCategory = async (site: AskedSite, value: string) => {
  const slugs = await readSlugs(site.reader, 'categories', {})
  const found = [...slugs].find(
    ([id, inLocales]) => String(id) === value || Object.values(inLocales).some((slug) => slug === value),
  )
  if (!found) throw new PublicApiProblem(400, `category "${value}" does not exist`, 'category')
  return found[0]
}

export const newsList = async (ctx: Context, query: Queries['news']): Promise<NewsList> => {
  const site = await askedSite(ctx, query.site, query.locale)
  const category = query.category ? await resolveCategory(site, query.category) : null
  const { docs, ownOf, ...paging } = await findPage(site, 'news', query.locale, {
    where: [{ publishedAt: { exists: true } }, ...(category ? [{ categories: { contains: category } }] : [])],
    field: 'publishedAt',
    direction: 'desc',
    paging: query,
    depth: 1,
    populate,
  })
  return {
    locale: query.locale,
    site: site.ref,
    ...paging,
    items: docs.map((doc) => newsSummary(doc, ownOf(doc), site, ctx)),
  }
}

const html = (body: News['body']) =>
  body
    ? convertLexicalToHTML({
        data: body,
        disableContainer: true,
        // No inline style attributes: the HTML must render under a strict Content-Security-Policy.
        disableIndent: true,
        disableTextAlign: true,
      })
    : ''

export const newsItem = async (ctx: Context, id: string, query: Queries['newsItem']): Promise<NewsItemResponse> => {
  const locale: Locale = query.locale
  const site = await askedSite(ctx, query.site, locale)
  const {
    docs: [doc],
    ownOf,
  } = await readTranslated(site.reader, 'news', locale, {
    where: { id: { equals: id } },
    depth: 1,
    limit: 1,
    pagination: false,
    populate,
  })
  if (!doc) throw new PublicApiProblem(404, `news item ${id} is not published on site "${site.ref.key}"`)
  const own = ownOf(doc)
  const summary = newsSummary(doc, own, site, ctx)
  const { body, fellBack } = translate(doc, own, ['body'])
  return {
    locale,
    site: site.ref,
    item: { ...summary, body: html(body), fellBack: [...summary.fellBack, ...fellBack] },
  }
}
