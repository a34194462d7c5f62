/**
 * What the front server makes of a finished public page (src/server/publicPageScripts.ts): Next's
 * scripts and their preloads out, data blocks and other scripts kept, the sites' script in only
 * where a form uses it; a page marked not found becomes a 404, Next's empty error shell a page in
 * words; a draft preview keeps everything.
 */
import { describe, expect, it } from 'vitest'

import { finishPublicPage, withoutFrameworkScripts } from '@/server/publicPageScripts'

const nextPage = (body: string) =>
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
  '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>' +
  '<script src="/_next/static/chunks/b.js" async=""></script>' +
  '<script src="/_next/static/chunks/p.js" noModule=""></script>' +
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({})</script>' +
  '<title>Home · WayOut</title></head><body>' +
  body +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"0:{\\u003cdiv\\u003e}"])</script>' +
  '<script type="application/ld+json">{"@type":"Organization"}</script>' +
  '<script src="/widget/v1/wayout.js" defer></script></body></html>'

describe('a public page without Next’s runtime', () => {
  it('loses Next’s scripts and script preloads, keeps its styles, data blocks and other scripts', () => {
    const html = withoutFrameworkScripts(nextPage('<main><h1>Home</h1></main>'), '/site/forms.0123456789ab.js')
    expect(html).not.toContain('__next_f')
    expect(html).not.toContain('TURBOPACK')
    expect(html).not.toMatch(/\/_next\/[^"]*\.js/)
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"')
    expect(html).toContain('<script type="application/ld+json">{"@type":"Organization"}</script>')
    expect(html).toContain('<script src="/widget/v1/wayout.js" defer></script>')
    expect(html).toContain('<main><h1>Home</h1></main>')
    // No form to enhance: not the sites' script either.
    expect(html).not.toContain('/site/forms')
  })

  it('gets the sites’ script in its head when a form uses it', () => {
    const html = withoutFrameworkScripts(nextPage('<form data-enhance="" method="post"></form>'), '/site/forms.x.js')
    expect(html).toContain('<script src="/site/forms.x.js" defer></script></head>')
  })
})

describe('finishing a page', () => {
  const options = { path: '/fr/news/missing', keepRuntime: false, ownScript: undefined }

  it('sends a page that found nothing as a 404', () => {
    const page = finishPublicPage(
      { html: nextPage('<h1 data-not-found="">Page introuvable</h1>'), status: 200 },
      options,
    )
    expect(page.status).toBe(404)
    expect(page.html).not.toContain('__next_f')
  })

  it('puts words in Next’s empty error shell, in the language of the address', () => {
    const shell =
      '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f=[]</script></body></html>'
    const failed = finishPublicPage({ html: shell, status: 500 }, options)
    expect(failed.status).toBe(500)
    expect(failed.html).toContain('<html lang="fr">')
    expect(failed.html).toContain('<title>Une erreur s’est produite</title>')
    expect(failed.html).not.toContain('<script')
    // Readable in the browser's light or dark colours, at a reading width, with no style sheet.
    expect(failed.html).toContain('<meta name="color-scheme" content="light dark"/>')
    expect(failed.html).toMatch(/<main id="content" style="[^"]*max-width:40rem/)
    const missing = finishPublicPage({ html: shell, status: 404 }, { ...options, path: '/xx' })
    expect(missing.html).toContain('<title>Page not found</title>')
  })

  it('leaves a draft preview its runtime (a 404 still a 404)', () => {
    const html = nextPage('<h1 data-not-found="">Not found</h1>')
    const page = finishPublicPage({ html, status: 200 }, { ...options, keepRuntime: true })
    expect(page).toEqual({ html, status: 404 })
  })
})
