/** Types a browser may show in place: raster images and PDFs. Anything else is a download. */
const shownInline = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'application/pdf'])

/**
 * How shared caches (a CDN caching by extension, as Cloudflare does for .pdf) may keep a file.
 * Documents: never, for any of them. This hook does not see which document it serves, a restricted
 * one (partners only) included, and a public document may become restricted later.
 * Media are public: a cache may keep them but asks again each time, so a replaced file is not served on.
 */
export const caching = { documents: 'private, no-store', media: 'public, max-age=0, must-revalidate' } as const

/**
 * Headers for every uploaded file served at /api/{media,documents}/file/…: the browser never
 * sniffs another type; nothing but a PDF opens outside a sandbox that runs no script and loads
 * nothing (so an SVG, or a file disguised as another type, opened directly cannot act on the
 * site's origin); only raster images and PDFs are shown in place. PDFs are left unsandboxed
 * because browsers' PDF viewers refuse to open in a sandbox; they run no script of the page's.
 * Applied by Payload on disk and by the S3 adapter alike.
 */
export const servedSafely =
  (collection: keyof typeof caching) =>
  ({ headers }: { headers: Headers }) => {
    const type = (headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
    headers.set('X-Content-Type-Options', 'nosniff')
    headers.set('Cache-Control', caching[collection])
    if (type !== 'application/pdf')
      headers.set('Content-Security-Policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'")
    if (!shownInline.has(type)) headers.set('Content-Disposition', 'attachment')
    return headers
  }
