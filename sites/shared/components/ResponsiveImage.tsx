import { preload } from 'react-dom'

import type { Media } from '@/payload-types'

type Candidate = { url: string; width: number; height: number }

/**
 * The image's stored widths that have a file, narrowest first: the WebP sizes
 * (src/uploads/responsiveSizes.ts) and the original. An image saved before a size existed, or
 * narrower than it, simply has fewer; one with none still shows its original.
 */
export const candidatesOf = (image: Media): Candidate[] => {
  const byWidth = new Map<number, Candidate>()
  // Sizes before the original: at an equal width the (smaller) WebP file wins.
  for (const { url, width, height } of [...Object.values(image.sizes ?? {}), image])
    if (url && width && height && !byWidth.has(width)) byWidth.set(width, { url, width, height })
  return [...byWidth.values()].sort((a, b) => a.width - b.width)
}

/**
 * Every public picture: `srcset` over the stored widths with the layout's `sizes`, so a phone
 * fetches a few kilobytes of WebP and a wide screen a sharp one; the original's width and height
 * reserve its box (no layout shift). Below the fold it loads lazily; the one `priority` image of
 * a page (its largest above the fold) is fetched first, announced in the head by a preload.
 */
export const ResponsiveImage = ({
  image,
  alt,
  sizes,
  priority = false,
  className,
}: {
  image: Media
  alt: string
  /** The `sizes` attribute: how wide the layout shows the image, e.g. `(min-width: 62em) 24rem, 100vw`. */
  sizes: string
  priority?: boolean
  className?: string
}) => {
  const candidates = candidatesOf(image)
  const src = image.url ?? candidates.at(-1)?.url
  if (!src) return null
  const box = image.width && image.height ? image : candidates.at(-1)
  const srcSet = candidates.length > 1 ? candidates.map((c) => `${c.url} ${c.width}w`).join(', ') : undefined
  if (priority) preload(src, { as: 'image', imageSrcSet: srcSet, imageSizes: srcSet && sizes, fetchPriority: 'high' })
  return (
    <img
      className={className}
      src={src}
      srcSet={srcSet}
      sizes={srcSet && sizes}
      alt={alt}
      width={box?.width ?? undefined}
      height={box?.height ?? undefined}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding={priority ? undefined : 'async'}
    />
  )
}

/** The layouts' `sizes`: a card in the grid (components.css `.grid`), a logo in the strip, an article's hero. */
export const imageSizes = {
  card: '(min-width: 62em) 24rem, (min-width: 40em) 50vw, 100vw',
  logo: '10rem',
  hero: '(min-width: 62em) 44rem, 100vw',
} as const
