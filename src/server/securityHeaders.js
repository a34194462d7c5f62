import { createHash } from 'node:crypto'
import zlib from 'node:zlib'

import { configuredOrigin, trustedOrigins } from './origins.js'

/**
 * The security headers of every response, decided here and applied by the front server
 * (scripts/serve.mjs) to every request before anything answers: the public API's remembered
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

/** @param {string} html @returns {string[]} the CSP source of each distinct inline script */
export const inlineScriptHashes = (html) => {
  const hashes = new Set()
  for (const [, attributes, body] of html.matchAll(inlineScript)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/** @param {string[]} scriptHashes @param {string} frameAncestors */
export const pagePolicy = (scriptHashes, frameAncestors) =>
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

/** @param {Buffer} body @param {unknown} encoding */
const decoded = (body, encoding) => {
  try {
    if (encoding === 'gzip') return zlib.gunzipSync(body).toString('utf8')
    if (encoding === 'br') return zlib.brotliDecompressSync(body).toString('utf8')
    if (encoding === 'deflate') return zlib.inflateSync(body).toString('utf8')
    return body.toString('utf8')
  } catch {
    return ''
  }
}

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

export const createSecurityHeaders = () => {
  /** @type {Record<string, string>} */
  const everywhere = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  }
  if (configuredOrigin().startsWith('https:')) everywhere['strict-transport-security'] = 'max-age=31536000'

  /** @param {Request} req */
  const isPreview = (req) => !adminPath.test(req.url ?? '/') && draftCookie.test(req.headers.cookie ?? '')

  return {
    /**
     * The headers of every response; a route that sets its own Content-Security-Policy keeps it.
     * @param {Request} req @param {Response} res
     */
    apply(req, res) {
      for (const [name, value] of Object.entries(everywhere)) res.setHeader(name, value)
      if (!isPreview(req)) res.setHeader('x-frame-options', 'DENY')
      // The default policy goes in as the headers go out, not now: Next never replaces a header
      // already set, so one set now would override the policy a route gives (uploaded files).
      const policy = adminPath.test(req.url ?? '/') ? adminPolicy : lockedDownPolicy
      const writeHead = res.writeHead
      res.writeHead = /** @type {Response['writeHead']} */ (
        (statusCode, ...rest) => {
          // A 304 keeps the policy the browser stored with what it revalidates.
          if (statusCode !== 304 && !res.hasHeader('content-security-policy'))
            res.setHeader('content-security-policy', policy)
          return writeHead.call(res, statusCode, .../** @type {[]} */ (rest))
        }
      )
    },

    /**
     * For a response Next is about to render: if it is a page, holds it until it is finished, then
     * sends it with the policy naming its inline scripts. Anything else passes straight through.
     * @param {Request} req @param {Response} res
     */
    hashInlineScripts(req, res) {
      if (adminPath.test(req.url ?? '/')) return
      const frameAncestors = isPreview(req) ? `'self' ${trustedOrigins().join(' ')}` : "'none'"
      const original = { writeHead: res.writeHead, flushHeaders: res.flushHeaders, write: res.write, end: res.end }
      /** @type {Buffer[]} */
      const chunks = []
      /** @type {boolean | undefined} */
      let holding

      const decide = () => {
        if (holding !== undefined) return holding
        // A page that gives no policy of its own gets one naming its inline scripts.
        holding =
          res.statusCode !== 304 &&
          /^text\/html\b/i.test(String(res.getHeader('content-type') ?? '')) &&
          !res.hasHeader('content-security-policy')
        return holding
      }
      /** @param {unknown} chunk @param {unknown} encoding */
      const keep = (chunk, encoding) => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function') return
        chunks.push(
          Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(
                /** @type {string | Uint8Array} */ (chunk),
                typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : undefined,
              ),
        )
      }

      res.writeHead = /** @type {Response['writeHead']} */ (
        (statusCode, ...rest) => {
          if (holding === false) return original.writeHead.call(res, statusCode, .../** @type {[]} */ (rest))
          // Headers given here are kept on the response, to be sent with the finished page.
          res.statusCode = statusCode
          if (typeof rest[0] === 'string') res.statusMessage = rest[0]
          const headers = rest.find((argument) => typeof argument === 'object' && argument !== null)
          if (Array.isArray(headers))
            for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1])
          else if (headers)
            for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
          return decide() ? res : original.writeHead.call(res, res.statusCode)
        }
      )
      res.flushHeaders = () => {
        if (!decide()) original.flushHeaders.call(res)
      }
      res.write = /** @type {Response['write']} */ (
        (chunk, ...rest) => {
          if (!decide()) return original.write.call(res, chunk, .../** @type {[]} */ (rest))
          keep(chunk, rest[0])
          const done = rest.find((argument) => typeof argument === 'function')
          if (done) process.nextTick(done)
          return true
        }
      )
      res.end = /** @type {Response['end']} */ (
        (chunk, ...rest) => {
          if (!decide()) return original.end.call(res, chunk, .../** @type {[]} */ (rest))
          if (typeof chunk !== 'function') keep(chunk, rest[0])
          const done = [chunk, ...rest].find((argument) => typeof argument === 'function')
          const body = Buffer.concat(chunks)
          const hashes = inlineScriptHashes(decoded(body, res.getHeader('content-encoding')))
          res.setHeader('content-security-policy', pagePolicy(hashes, frameAncestors))
          original.writeHead.call(res, res.statusCode)
          return original.end.call(res, body, done)
        }
      )
    },
  }
}
