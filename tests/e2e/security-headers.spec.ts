/**
 * The sites under their strict Content-Security-Policy in Chromium: every kind of page, rendered
 * and from the front cache, runs with no CSP violation and no console error; the admin's live
 * preview still frames the draft; another site can frame neither a public page nor the admin.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Page } from '@playwright/test'

import { anonymousGet, expect, siteUrl, test } from './support/test'

/** Records CSP violations (from the page's own event) and console errors of `page`. */
const watch = async (page: Page) => {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  return problems
}

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
    for (const pass of ['rendered', 'cached']) {
      const response = await page.goto(siteUrl(path, site))
      expect(response?.headers()['content-security-policy'], `${path} ${pass}`).toMatch(/script-src 'self'/)
      await page.waitForLoadState('networkidle')
    }
    // Both visits of a cacheable page: the second was a hit, with the policy stored beside the body.
    if (!path.includes('no-such-page')) expect((await anonymousGet(path, site)).headers['x-cache'], path).toBe('HIT')
  }
  expect(problems).toEqual([])
})

test('a reader can follow links and send the search form with scripts running', async ({ page }) => {
  const problems = await watch(page)
  await page.goto(siteUrl('/en'))
  await page.getByRole('link', { name: /news/i }).first().click()
  await expect(page).toHaveURL(/\/en\/news/)
  await page.goto(siteUrl('/en/search?q=exit'))
  await expect(page.locator('h1')).toBeVisible()
  expect(problems).toEqual([])
})

test('the admin’s live preview frames the draft page', async ({ page, signIn }) => {
  const problems = await watch(page)
  await signIn()
  await page.goto(siteUrl(`/admin/collections/news/${process.env.E2E_DRAFT_NEWS_ID}`))
  await page.getByRole('button', { name: 'Live Preview' }).first().click()
  const preview = page.frameLocator('iframe.live-preview-iframe')
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
    const refused: string[] = []
    page.on('console', (message) => {
      if (/Refused to (display|frame)/.test(message.text())) refused.push(message.text())
    })
    await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`)
    await expect.poll(() => refused.join('\n')).toContain(siteUrl('/en'))
    await expect.poll(() => refused.join('\n')).toContain('/admin')
  } finally {
    await new Promise<void>((resolve) => framer.close(() => resolve()))
  }
})
