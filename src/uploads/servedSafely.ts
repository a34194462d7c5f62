/** Types a browser may show in place: raster images and PDFs. Anything else is a download. */
const shownInline = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'application/pdf'])

/**
 * Headers for every uploaded file served at /api/{media,documents}/file/…: the browser never
 * sniffs another type; nothing but a PDF opens outside a sandbox that runs no script and loads
 * nothing (so an SVG, or a file disguised as another type, opened directly cannot act on the
 * site's origin); only raster images and PDFs are shown in place. PDFs are left unsandboxed
 * because browsers' PDF viewers refuse to open in a sandbox; they run no script of the page's.
 */
export const servedSafely = ({ headers }: { headers: Headers }) => {
  const type = (headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  headers.set('X-Content-Type-Options', 'nosniff')
  if (type !== 'application/pdf')
    headers.set('Content-Security-Policy', "sandbox; default-src 'none'; style-src 'unsafe-inline'")
  if (!shownInline.has(type)) headers.set('Content-Disposition', 'attachment')
  return headers
}
