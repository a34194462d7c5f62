import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import zlib from 'node:zlib'

import { configuredOrigin, trustedOrigins } from './origins'

/**
 * The security headers of every response, decided here and applied by the front server
 * (front.ts) to every request before anything answers: the public API's remembered
 * answers and the front cache's hits never enter Next, so headers set inside Next would miss them.
 *
 * - Every response: `nosniff`, a referrer policy, no powerful browser features, HSTS when the
 *   configured origin is https, and never framed (`X-Frame-Options` and `frame-ancestors`).
 * - Pages (HTML outside the admin): a strict Content-Security-Policy. Next's App Router pages
 *   carry inline `<script>`s (the RSC payload); instead of `'unsafe-inline'` the policy lists the
 *   sha256 of each one, computed from the finished page. A nonce would not do: the front cache
 *   serves one rendering to every reader, so its nonce would be public. The hashes are stored with
 *   the page, so a cache hit carries the policy that matches its body. Inline `style` attributes
 *   are allowed (`style-src-attr`): the rich-text renderer aligns and indents paragraphs with them;
 *   `<style>` elements are not. A draft preview may be framed by the trusted origins (the admin's
 *   live preview); nothing else may.
 * - The admin: Payload's own pages need inline scripts and styles; it only may never be framed.
 * - Anything else (JSON, feeds, images, files): nothing may run or load in it.
 */

const lockedDownPolicy = "default-src 'none'; frame-ancestors 'none'"
const adminPolicy = "frame-ancestors 'none'"

const adminPath = /^\/admin(?:[/?#]|$)/
const draftCookie = /(?:^|;\s*)__prerender_bypass=/
const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi

/** The CSP source of each distinct inline script. */
export const inlineScriptHashes = (html: string): string[] => {
  const hashes = new Set<string>()
  for (const [, attributes, body] of html.matchAll(inlineScript)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

export const pagePolicy = (scriptHashes: string[], frameAncestors: string) =>
  [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')

const decoded = (body: Buffer, encoding: unknown) => {
  try {
    if (encoding === 'gzip') return zlib.gunzipSync(body).toString('utf8')
    if (encoding === 'br') return zlib.brotliDecompressSync(body).toString('utf8')
    if (encoding === 'deflate') return zlib.inflateSync(body).toString('utf8')
    return body.toString('utf8')
  } catch {
    return ''
  }
}

/** Whether `req` is an editor's draft preview of a public page (Next's draft-mode cookie). */
export const isPreview = (req: IncomingMessage) =>
  !adminPath.test(req.url ?? '/') && draftCookie.test(req.headers.cookie ?? '')

const encoded = (html: string, encoding: unknown) => {
  if (encoding === 'gzip') return zlib.gzipSync(html)
  if (encoding === 'br') return zlib.brotliCompressSync(html)
  if (encoding === 'deflate') return zlib.deflateSync(html)
  return Buffer.from(html, 'utf8')
}

type Page = { html: string; status: number }
/** What becomes of a finished page before it leaves (publicPageScripts.ts), given its request. */
export type PageRewrite = (req: IncomingMessage) => ((page: Page) => Page) | undefined

export const createSecurityHeaders = ({ rewrite }: { rewrite?: PageRewrite } = {}) => {
  const everywhere: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  }
  if (configuredOrigin().startsWith('https:')) everywhere['strict-transport-security'] = 'max-age=31536000'

  return {
    /** The headers of every response; a route that sets its own Content-Security-Policy keeps it. */
    apply(req: IncomingMessage, res: ServerResponse) {
      for (const [name, value] of Object.entries(everywhere)) res.setHeader(name, value)
      if (!isPreview(req)) res.setHeader('x-frame-options', 'DENY')
      // The default policy goes in as the headers go out, not now: Next never replaces a header
      // already set, so one set now would override the policy a route gives (uploaded files).
      const policy = adminPath.test(req.url ?? '/') ? adminPolicy : lockedDownPolicy
      const writeHead = res.writeHead as (this: ServerResponse, ...args: unknown[]) => ServerResponse
      res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
        // A 304 keeps the policy the browser stored with what it revalidates.
        if (statusCode !== 304 && !res.hasHeader('content-security-policy'))
          res.setHeader('content-security-policy', policy)
        return writeHead.call(res, statusCode, ...rest)
      }) as ServerResponse['writeHead']
    },

    /**
     * For a response Next is about to render: if it is a page, holds it until it is finished, then
     * sends it (rewritten by `rewrite`, if it says so for this request) with the policy naming its
     * inline scripts. Anything else passes straight through.
     */
    hashInlineScripts(req: IncomingMessage, res: ServerResponse) {
      if (adminPath.test(req.url ?? '/')) return
      const frameAncestors = isPreview(req) ? `'self' ${trustedOrigins().join(' ')}` : "'none'"
      const change = rewrite?.(req)
      type Method = (this: ServerResponse, ...args: unknown[]) => unknown
      const original = {
        writeHead: res.writeHead as Method,
        flushHeaders: res.flushHeaders,
        write: res.write as Method,
        end: res.end as Method,
      }
      const chunks: Buffer[] = []
      let holding: boolean | undefined

      const decide = () => {
        if (holding !== undefined) return holding
        // A page that gives no policy of its own gets one naming its inline scripts.
        holding =
          res.statusCode !== 304 &&
          /^text\/html\b/i.test(String(res.getHeader('content-type') ?? '')) &&
          !res.hasHeader('content-security-policy')
        return holding
      }
      const keep = (chunk: unknown, encoding: unknown) => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function') return
        chunks.push(
          Buffer.isBuffer(chunk)
            ? chunk
            : typeof chunk === 'string'
              ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : undefined)
              : Buffer.from(chunk as Uint8Array),
        )
      }

      res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
        if (holding === false) return original.writeHead.call(res, statusCode, ...rest)
        // Headers given here are kept on the response, to be sent with the finished page.
        res.statusCode = statusCode
        if (typeof rest[0] === 'string') res.statusMessage = rest[0]
        const headers = rest.find((argument) => typeof argument === 'object' && argument !== null)
        if (Array.isArray(headers))
          for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1])
        else if (headers)
          for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
        return decide() ? res : original.writeHead.call(res, res.statusCode)
      }) as ServerResponse['writeHead']
      res.flushHeaders = () => {
        if (!decide()) original.flushHeaders.call(res)
      }
      res.write = ((chunk: unknown, ...rest: unknown[]) => {
        if (!decide()) return original.write.call(res, chunk, ...rest)
        keep(chunk, rest[0])
        const done = rest.find((argument) => typeof argument === 'function')
        if (done) process.nextTick(done as () => void)
        return true
      }) as ServerResponse['write']
      res.end = ((chunk: unknown, ...rest: unknown[]) => {
        if (!decide()) return original.end.call(res, chunk, ...rest)
        if (typeof chunk !== 'function') keep(chunk, rest[0])
        const done = [chunk, ...rest].find((argument) => typeof argument === 'function')
        let body = Buffer.concat(chunks)
        const encoding = res.getHeader('content-encoding')
        let html = decoded(body, encoding)
        if (change && html) {
          const changed = change({ html, status: res.statusCode })
          res.statusCode = changed.status
          if (changed.html !== html) {
            html = changed.html
            body = encoded(html, encoding)
            res.setHeader('content-length', body.length)
          }
        }
        const hashes = inlineScriptHashes(html)
        res.setHeader('content-security-policy', pagePolicy(hashes, frameAncestors))
        original.writeHead.call(res, res.statusCode)
        return original.end.call(res, body, done)
      }) as ServerResponse['end']
    },
  }
}
