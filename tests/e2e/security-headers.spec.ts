/**
 * The sites under their strict Content-Security-Policy in Chromium: every kind of page, rendered
 * and from the front cache, runs with no CSP violation and no console error; the admin's live
 * preview still frames the draft; another site can frame neither a public page nor the admin.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Page } from '@playwright/test'

import { expect, siteUrl, test } from './support/test'

/** Records CSP violations (from the page's own event) and console errors of `page`. */
const watch = async (page: Page) => {
  const problems: string[] = []
  page.on('console', (message) => {
    // Not the pages' doing: Chromium's own request for a favicon (the sites have none), and the
    // 404 status of the page this spec asks for because it does not exist.
    const { url } = message.location()
    if (message.type() === 'error' && !url.endsWith('/favicon.ico') && !url.endsWith('/no-such-page'))
      problems.push(`console: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return problems
}

/** Pages of both sites; the widget demo is a static file (browsers keep it 5 minutes themselves). */
const pages: [string, 'wayout' | 'practices'][] = [
  ['/en', 'wayout'],
  ['/fr/news', 'wayout'],
  [`/en/news/${process.env.E2E_BILINGUAL_SLUG_EN}`, 'wayout'],
  ['/de/events', 'wayout'],
  ['/en/about', 'wayout'],
  ['/pt/partners', 'wayout'],
  ['/en/deliverables', 'wayout'],
  ['/en/search?q=exit', 'wayout'],
  ['/en/no-such-page', 'wayout'],
  ['/nl', 'practices'],
  [`/en/practices/${process.env.E2E_PRACTICE_ID}`, 'practices'],
  ['/en/practices/submit', 'practices'],
  ['/widget/v1/demo.html', 'wayout'],
]

test('every kind of page runs under its policy without a violation, rendered and from the cache', async ({ page }) => {
  const problems = await watch(page)
  for (const [path, site] of pages) {
    const rendered = await page.goto(siteUrl(path, site))
    expect(rendered?.headers()['content-security-policy'], path).toMatch(/script-src 'self'/)
    await page.waitForLoadState('networkidle')
    if (path.includes('no-such-page') || path.startsWith('/widget/')) continue
    // Again, until the front cache answers (another spec's publishing may empty it in between).
    await expect
      .poll(async () => {
        const cached = await page.goto(siteUrl(path, site))
        await page.waitForLoadState('networkidle')
        return cached?.headers()['x-cache']
      }, path)
      .toBe('HIT')
  }
  expect(problems).toEqual([])
})

test('a reader follows links, searches and fills in a form with the sites’ own script running, no framework', async ({
  page,
}) => {
  const problems = await watch(page)
  await page.goto(siteUrl('/en'))
  await page.getByRole('link', { name: /news/i }).first().click()
  await expect(page).toHaveURL(/\/en\/news/)
  await page.goto(siteUrl('/en/search?q=exit'))
  await expect(page.locator('h1')).toBeVisible()
  // Next's client runtime sets `window.next` when it runs; the public pages do not load it.
  expect(await page.evaluate(() => 'next' in window)).toBe(false)
  await page.goto(siteUrl('/en/newsletters'))
  const email = page.locator('#subscribe form').getByLabel('Email address')
  await email.fill('not an address')
  await email.blur()
  // Only the sites' script shows a field's problem beside it.
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#subscribe-email-problem')).not.toBeEmpty()
  expect(problems).toEqual([])
})

test('the admin’s live preview frames the draft page', async ({ page, signIn }) => {
  const problems = await watch(page)
  await signIn()
  await page.goto(siteUrl(`/admin/collections/news/${process.env.E2E_DRAFT_NEWS_ID}`))
  await page.getByRole('button', { name: 'Live Preview' }).first().click()
  const preview = page.frameLocator('iframe[src*="/next/preview"]')
  await expect(preview.locator('h1')).toHaveText('E2E draft never public')
  expect(problems.filter((problem) => /frame|Content Security Policy|CSP/i.test(problem))).toEqual([])
})

test('another site can frame neither a public page nor the admin', async ({ page }) => {
  const framer = http.createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><title>framer</title><iframe src="${siteUrl('/en')}"></iframe><iframe src="${siteUrl('/admin')}"></iframe>`,
      ),
  )
  await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve))
  try {
    await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`)
    // Chromium shows its error page in a frame it refused to load.
    await expect
      .poll(() =>
        page
          .frames()
          .slice(1)
          .map((frame) => frame.url()),
      )
      .toEqual(['chrome-error://chromewebdata/', 'chrome-error://chromewebdata/'])
  } finally {
    await new Promise<void>((resolve) => framer.close(() => resolve()))
  }
})
