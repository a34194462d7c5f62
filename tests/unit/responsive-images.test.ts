/**
 * Which files a public image offers the browser (sites/shared/components/ResponsiveImage.tsx):
 * every stored WebP width and the original, narrowest first, each once; an image saved before
 * the sizes existed (or too small for them) still shows, from its original alone.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import { ResponsiveImage, candidatesOf } from '@sites/shared/components/ResponsiveImage'

/** The markup the component renders for these props. */
const markup = (props: Parameters<typeof ResponsiveImage>[0]) =>
  renderToStaticMarkup(createElement(ResponsiveImage, props))

const stored = (name: string, width: number, height: number, type = 'image/webp') => ({
  url: `/api/media/file/${name}`,
  width,
  height,
  mimeType: type,
  filename: name,
})

const image = (fields: Partial<Media>): Media => ({
  id: 1,
  alt: 'A harbour',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...fields,
})

const withSizes = image({
  ...stored('harbour.png', 2000, 1000, 'image/png'),
  sizes: {
    hero: stored('harbour-1600x800.webp', 1600, 800),
    thumbnail: stored('harbour-320x160.webp', 320, 160),
    card: stored('harbour-768x384.webp', 768, 384),
    large: stored('harbour-1200x600.webp', 1200, 600),
  },
})

describe('the files an image offers', () => {
  it('are its WebP sizes and the original, narrowest first', () => {
    expect(candidatesOf(withSizes).map((c) => [c.width, c.url.split('/').pop()])).toEqual([
      [320, 'harbour-320x160.webp'],
      [768, 'harbour-768x384.webp'],
      [1200, 'harbour-1200x600.webp'],
      [1600, 'harbour-1600x800.webp'],
      [2000, 'harbour.png'],
    ])
  })

  it('are the original alone for an image stored before the sizes existed', () => {
    const old = image({ ...stored('old.jpg', 900, 600, 'image/jpeg'), sizes: { thumbnail: {}, large: {} } })
    expect(candidatesOf(old).map((c) => c.url)).toEqual(['/api/media/file/old.jpg'])
    const html = markup({ image: old, alt: 'Old', sizes: '100vw' })
    expect(html).toContain('src="/api/media/file/old.jpg"')
    expect(html).toContain('width="900"')
    expect(html).toContain('height="600"')
    expect(html).not.toContain('srcSet')
  })

  it('prefers the WebP file where a size is as wide as the original', () => {
    const narrow = image({
      ...stored('logo.png', 320, 100, 'image/png'),
      sizes: { thumbnail: stored('logo.webp', 320, 100) },
    })
    expect(candidatesOf(narrow).map((c) => c.url)).toEqual(['/api/media/file/logo.webp'])
  })
})

describe('the image element', () => {
  it('has srcset with every width, sizes, its box, and loads lazily below the fold', () => {
    const html = markup({ image: withSizes, alt: 'A harbour', sizes: '100vw' })
    expect(html).toContain(
      'srcSet="/api/media/file/harbour-320x160.webp 320w, /api/media/file/harbour-768x384.webp 768w, ' +
        '/api/media/file/harbour-1200x600.webp 1200w, /api/media/file/harbour-1600x800.webp 1600w, ' +
        '/api/media/file/harbour.png 2000w"',
    )
    expect(html).toContain('sizes="100vw"')
    expect(html).toContain('width="2000" height="1000"')
    expect(html).toContain('loading="lazy"')
    expect(html).not.toContain('fetchPriority')
    expect(html).not.toContain('rel="preload"')
  })

  it('is fetched first and not lazily when it is the page’s main picture', () => {
    const html = markup({ image: withSizes, alt: 'A harbour', sizes: '100vw', priority: true })
    expect(html).toContain('loading="eager"')
    expect(html).toContain('fetchPriority="high"')
    // React hoists it into the head as a preload with the same candidates.
    expect(html).toMatch(
      /<link rel="preload" as="image" fetchPriority="high" imageSrcSet="[^"]+1600w[^"]*" imageSizes="100vw"\/>/,
    )
  })
})
