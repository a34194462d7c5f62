import fs from 'node:fs'
import path from 'node:path'

import { defaultLocale, isLocale } from '../i18n/locales'
import { messages } from '../i18n/messages'

/**
 * The public pages without Next's client runtime. The sites are server-rendered HTML and CSS; the
 * scripts Next adds to every App Router page (its chunks, the RSC payload `self.__next_f`, React's
 * inline helpers) only hydrate what is already on the page, which the public pages do not need.
 * Next has no switch to leave them out, so the front server takes them out of the finished page
 * (securityHeaders.ts, which holds every page whole anyway), and adds the sites' own small script
 * (sites/enhance, built by `npm run build`) to the pages that have a form it enhances. An editor's
 * draft preview keeps Next's runtime: live preview refreshes the page through it.
 *
 * Two pages Next only fills in with its scripts are given here as HTML: a page that found nothing
 * to show renders the 404 page in its frame and marks it (`data-not-found`, sites/shared/pages/
 * NotFound.tsx), which makes it a 404 here; and the empty shell (`<html id="__next_error__">`)
 * Next sends when a render fails (a 500, or a 404 decided by the layout) becomes a plain page
 * saying so in the language of the address.
 */

const scriptElement = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi
const linkElement = /<link\b[^>]*>/gi
// Next's scripts: inline ones (the sites write none) and its chunks. Scripts that never run stay:
// structured data (JSON-LD) and other data blocks.
const isNextScript = (attributes: string) => {
  const source = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]
  if (source && !source.startsWith('/_next/')) return false
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1].toLowerCase()
  return !type || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type)
}
const scriptPreload = (link: string) =>
  /\bhref\s*=\s*["']?\/_next\//i.test(link) &&
  (/\brel\s*=\s*["']?modulepreload\b/i.test(link) ||
    (/\brel\s*=\s*["']?preload\b/i.test(link) && /\bas\s*=\s*["']?script\b/i.test(link)))
// What a form carries when the sites' script has something to do on its page.
const enhancedForm = /<form\b[^>]*\bdata-enhance\b/i

/** `html` without Next's scripts and their preloads, with `ownScript` added where a form needs it. */
export const withoutFrameworkScripts = (html: string, ownScript: string | undefined) => {
  const stripped = html
    .replace(scriptElement, (element, attributes: string) => (isNextScript(attributes) ? '' : element))
    .replace(linkElement, (link) => (scriptPreload(link) ? '' : link))
  if (!ownScript || !enhancedForm.test(stripped)) return stripped
  return stripped.replace(/<\/head\s*>/i, `<script src="${ownScript}" defer></script></head>`)
}

/** The address of the sites' own script, as the build recorded it (public/site/manifest.json). */
export const ownScriptAddress = (dir: string): string | undefined => {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'public/site/manifest.json'), 'utf8')) as {
      forms?: unknown
    }
    return typeof manifest.forms === 'string' ? manifest.forms : undefined
  } catch {
    // A build without it: the forms still work, posting to their result pages.
    console.error('public/site/manifest.json is missing: public pages go out without their form script')
    return undefined
  }
}

export type FinishedPage = { html: string; status: number }

const notFoundMarker = /<h1\b[^>]*\bdata-not-found\b/i
const errorShell = /<html\b[^>]*\bid\s*=\s*["']?__next_error__/i

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)

/**
 * The page said in words where Next would send its empty error shell. Styled by attributes and the
 * browser's own light or dark colours: the policy allows no inline style sheet, and the site's
 * style sheet is named by Next's build, which this page does without.
 */
const errorPage = (status: number, path: string) => {
  const first = path.split(/[/?#]/)[1]
  const locale = isLocale(first) ? first : defaultLocale
  const t = messages[locale].errors
  const [title, text] = status === 404 ? [t.notFoundTitle, t.notFoundText] : [t.errorTitle, t.errorText]
  return (
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"/>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"/><meta name="robots" content="noindex"/>` +
    `<meta name="color-scheme" content="light dark"/>` +
    `<title>${escape(title)}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"/></head>` +
    `<body style="font-family:system-ui,sans-serif;line-height:1.5;margin:0">` +
    `<main id="content" style="max-width:40rem;margin:4rem auto;padding:0 1.25rem">` +
    `<h1>${escape(title)}</h1><p>${escape(text)}</p>` +
    `<p><a href="/${locale}">${escape(t.goHome)}</a></p></main></body></html>`
  )
}

/**
 * A public page as it leaves the front server: with Next's runtime unless `keepRuntime` (a draft
 * preview), a 404 when it says it found nothing, and words where Next left an empty shell.
 */
export const finishPublicPage = (
  page: FinishedPage,
  { path, keepRuntime, ownScript }: { path: string; keepRuntime: boolean; ownScript: string | undefined },
): FinishedPage => {
  const status = page.status === 200 && notFoundMarker.test(page.html) ? 404 : page.status
  if (keepRuntime) return { html: page.html, status }
  if (status >= 400 && errorShell.test(page.html)) return { html: errorPage(status, path), status }
  return { html: withoutFrameworkScripts(page.html, ownScript), status }
}
