import type { ImageSize } from 'payload'

/*
 * The widths every uploaded image is also stored at, as WebP (every browser the sites support
 * shows it; a fraction of a JPEG's or PNG's bytes). The public image (sites/shared/components/
 * ResponsiveImage.tsx) offers them all in `srcset` with the original, so each screen takes the
 * smallest that is sharp enough. A size wider than the original is not made (Payload's default).
 * Stored beside the original on disk or in the bucket alike, served by the same file route.
 */
const webp = { format: 'webp', options: { quality: 75 } } as const

export const responsiveSizes: ImageSize[] = [
  { name: 'thumbnail', width: 320, formatOptions: webp },
  { name: 'card', width: 768, formatOptions: webp },
  { name: 'large', width: 1200, formatOptions: webp },
  { name: 'hero', width: 1600, formatOptions: webp },
]
