import type { Metadata } from 'next'
import { setRequestLocale } from 'next-intl/server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { cache, type ReactNode } from 'react'

import { getReader, type Reader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'
import { renderIdHeader, tagRender } from '@/plugins/site-cache/renderTags'
import { redirectIfMoved } from '@/plugins/redirects/applyRedirect'
import type { CacheRoute, SiteKey } from '@/plugins/site-cache/routes'

import { addressIn, type Alternates } from './alternates'
import { PageFrame } from './components/PageFrame'
import { pageMetadata, type PageHead, type Unindexed } from './metadata'
import { NotFound, type NotFoundWords } from './pages/NotFound'

export type { SiteKey } from '@/plugins/site-cache/routes'

export type Query = Record<string, string | string[] | undefined>

/** What a page's parts know of the request: the URL's locale and segments, its query, the reader. */
export type PageContext<Params> = { locale: Locale; reader: Reader; params: Params; query: Query }

/** The props Next passes to a page and to its `generateMetadata`. */
export type PageProps<Params> = { params: Promise<{ locale: Locale } & Params>; searchParams: Promise<Query> }

type Address<Data> = string | ((data: Data) => string | ((locale: Locale) => string))

/** One public page: where it lives, on which site, what it reads, what it says in the head, what it shows. */
export type PageDeclaration<Params, Data> = {
  /** On the other site the address is a 404 (the practice repository has no news, the project site no practices). */
  site: SiteKey | 'any'
  /** Its path without the locale: the same in every language, or built per language (per-locale slugs). */
  path: Address<Data>
  /**
   * The query parameters it reads, with the tags of what it shows, as the front cache knows them
   * (src/plugins/site-cache/routes.ts): `load` sees only these; the cache drops any other.
   */
  route?: CacheRoute
  /** The documents it shows, as cache tags (`documentTag`): a change to one of them drops the stored page. */
  tags?: (data: Data) => string[]
  /** A query string the language versions and the canonical keep (filters, paging, the search). */
  query?: (data: Data) => string
  /** The navigation item marked as the current one; by default the path, when that is fixed. */
  section?: string
  /** Kept out of search engines: always, or for some of its data (the search page's results). */
  unindexed?: Unindexed | ((data: NoInfer<Data>) => Unindexed | undefined)
  /** The page's data; null makes the address a 404. */
  load?: (context: PageContext<Params>) => Promise<Data | null>
  /** What its 404 says, if not the sites' general "page not found". */
  notFound?: () => Promise<NotFoundWords>
  /** Where to send a reader who used another address for the same page (another language's slug). */
  redirect?: (data: Data, context: PageContext<Params>) => string | null
  head: (data: Data, context: PageContext<Params>) => PageHead | Promise<PageHead>
  /** True when any of the page's text is an English stand-in for a missing translation. */
  untranslated?: (data: Data) => boolean
  view: (data: Data, context: PageContext<Params>) => ReactNode | Promise<ReactNode>
}

export type DefinedPage<Params, Path = Address<never>> = {
  /** The declared path, for the sitemap to list the same addresses. */
  path: Path
  Page: (props: PageProps<Params>) => Promise<ReactNode>
  generateMetadata: (props: PageProps<Params>) => Promise<Metadata>
}

/**
 * A page route from its declaration: `Page` renders the view in the site's frame (header,
 * language switcher, translation notice), `generateMetadata` gives title, description, canonical
 * and hreflang from the same path, so the head and the switcher never disagree. The data is read
 * once per request for both.
 */
export const definePage = <
  Params extends object = object,
  Data = Record<never, never>,
  Path extends Address<Data> = Address<Data>,
>(
  declaration: PageDeclaration<Params, Data> & { path: Path },
): DefinedPage<Params, Path> => {
  const { site, path, route, tags, query, unindexed, load, head, untranslated, view } = declaration
  const reads = route?.reads ?? []
  const section = declaration.section ?? (typeof path === 'string' ? path : undefined)

  // Keyed by plain strings: Next hands generateMetadata and the page equal but distinct objects.
  const open = cache(async (locale: Locale, params: string, search: string) => {
    setRequestLocale(locale)
    const reader = await getReader()
    if (site !== 'any' && reader.site.key !== site) return null
    const context: PageContext<Params> = { locale, reader, params: JSON.parse(params), query: JSON.parse(search) }
    const data = load ? await load(context) : ({} as Data)
    if (data === null) return null
    if (tags) tagRender((await headers()).get(renderIdHeader), tags(data))
    return { context, data }
  })
  const opened = async (props: PageProps<Params>) => {
    const { locale, ...params } = await props.params
    const given = await props.searchParams
    const search = Object.fromEntries(
      reads.filter((name) => given[name] !== undefined).map((name) => [name, given[name]]),
    )
    return open(locale, JSON.stringify(params), JSON.stringify(search))
  }
  const alternatesOf = (data: Data, reader: Reader): Alternates => {
    const where = typeof path === 'string' ? path : path(data)
    const search = query?.(data) ?? ''
    return addressIn(
      reader.site,
      typeof where === 'string' ? `${where}${search}` : (locale) => `${where(locale)}${search}`,
    )
  }

  return {
    path,
    Page: async (props) => {
      const page = await opened(props)
      if (!page) {
        // An old address of a moved page answers with its redirect rather than "not found".
        await redirectIfMoved(await getReader())
        // Rendered, not thrown: a thrown notFound() reaches readers only through Next's scripts.
        return <NotFound words={await declaration.notFound?.()} />
      }
      const { context, data } = page
      const moved = declaration.redirect?.(data, context)
      if (moved) redirect(moved)
      return (
        <PageFrame
          locale={context.locale}
          alternates={alternatesOf(data, context.reader)}
          current={section}
          untranslated={untranslated?.(data) ?? false}
        >
          {await view(data, context)}
        </PageFrame>
      )
    },
    generateMetadata: async (props) => {
      const page = await opened(props)
      if (!page) return {}
      const { context, data } = page
      const robots = typeof unindexed === 'function' ? unindexed(data) : unindexed
      return pageMetadata({
        ...(await head(data, context)),
        locale: context.locale,
        // Pages reached by personal links name no other addresses.
        alternates: robots === 'private' ? {} : alternatesOf(data, context.reader),
        robots,
      })
    },
  }
}

/** A route both sites answer with their own page (the home page). */
export const bySite = <Params extends object>(
  pages: Record<SiteKey, Omit<DefinedPage<Params>, 'path'>>,
): Omit<DefinedPage<Params>, 'path'> => {
  const pick = async () => pages[(await getReader()).site.key === 'practices' ? 'practices' : 'wayout']
  return {
    Page: async (props) => (await pick()).Page(props),
    generateMetadata: async (props) => (await pick()).generateMetadata(props),
  }
}

/** True when any of the documents shows English in place of a missing translation. */
export const anyUntranslated = (...docs: ({ fellBack: readonly string[] } | null | undefined)[]) =>
  docs.some((doc) => Boolean(doc?.fellBack.length))
