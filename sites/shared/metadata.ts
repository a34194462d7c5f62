import type { Metadata } from 'next'

import { getProject } from '@/content/project'
import { getReader } from '@/content/reader'
import { defaultLocale, type Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'

import type { Alternates } from './alternates'

/** What a page says about itself in the document head. */
export type PageHead = {
  title: string
  description?: string | null
  image?: { url: string; alt: string; width?: number | null; height?: number | null } | null
  type?: 'website' | 'article'
}

type ShareImage = NonNullable<PageHead['image']>

/** An image as the head shows it: its large size when it has one, its alt text. */
export const shareImageOf = (media: number | Media | null | undefined): ShareImage | null => {
  if (typeof media !== 'object' || !media?.url) return null
  const hero = media.sizes?.hero
  return {
    url: hero?.url || media.url,
    alt: media.alt,
    width: hero?.url ? hero.width : media.width,
    height: hero?.url ? hero.height : media.height,
  }
}

/** A document's search and sharing texts (the seo plugin's `meta` group), as editors set them. */
type Meta = { title?: string | null; description?: string | null; image?: number | Media | null } | null | undefined

/**
 * The head of a document's page: its meta title, description and image where editors set them,
 * else what the page shows (its title, summary and image).
 */
export const withMeta = (meta: Meta, defaults: PageHead): PageHead => ({
  ...defaults,
  title: meta?.title?.trim() || defaults.title,
  description: meta?.description?.trim() || defaults.description,
  image: shareImageOf(meta?.image) ?? defaults.image,
})

/**
 * Pages kept out of search indexes: `noindex` for result pages (their links may be followed),
 * `private` for pages reached by personal links (nothing on them is followed).
 */
export type Unindexed = 'noindex' | 'private'

type PageMeta = PageHead & { locale: Locale; alternates: Alternates; robots?: Unindexed }

/**
 * Title, description, canonical and hreflang (absolute, with x-default), Open Graph and Twitter
 * tags, and the news feeds, for one page. The same `alternates` feed the language switcher, so
 * the two never disagree.
 */
export const pageMetadata = async ({
  locale,
  title,
  description,
  alternates,
  image,
  type = 'website',
  robots,
}: PageMeta): Promise<Metadata> => {
  const reader = await getReader()
  const project = await getProject(reader, locale)
  const absolute = (path: string) => new URL(path, reader.origin).toString()
  const canonical = absolute(alternates[locale] ?? `/${locale}`)
  const summary = description || project.tagline || project.summary || undefined
  const images = [
    image
      ? { url: absolute(image.url), alt: image.alt, width: image.width ?? undefined, height: image.height ?? undefined }
      : { url: absolute(`/${locale}/og.png`), alt: project.fullTitle, width: 1200, height: 630 },
  ]
  return {
    metadataBase: new URL(reader.origin),
    title: `${title} · ${reader.site.key === 'wayout' ? project.name : `${reader.site.name} · ${project.name}`}`,
    description: summary,
    robots: robots ? { index: false, follow: robots === 'noindex' } : undefined,
    alternates: {
      canonical,
      languages: {
        ...Object.fromEntries(Object.entries(alternates).map(([code, path]) => [code, absolute(path)])),
        'x-default': absolute(alternates[defaultLocale] ?? Object.values(alternates)[0] ?? '/'),
      },
      types: {
        'application/rss+xml': absolute(`/${locale}/news/rss.xml`),
        'application/atom+xml': absolute(`/${locale}/news/atom.xml`),
      },
    },
    openGraph: { title, description: summary, url: canonical, siteName: project.name, locale, type, images },
    twitter: { card: 'summary_large_image', title, description: summary, images: images.map((img) => img.url) },
  }
}
