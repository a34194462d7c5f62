/**
 * The public developers page: the embed configurator works without JavaScript (a form whose
 * answer carries the snippet), its snippet renders on a partner page of another origin under a
 * strict CSP, the API reference shows every operation of the OpenAPI document, the policy and the
 * changelog are there, and axe finds nothing.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { anonymousGet, expect, expectAccessible, siteUrl, test } from './support/test'

type OpenApi = { paths: Record<string, Record<string, unknown>> }

test('without JavaScript, the configurator gives a snippet with its SRI hash, and the reference lists every endpoint', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(siteUrl('/en/developers'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For developers')
  await page.getByLabel('Widget', { exact: true }).selectOption('wayout-deliverables')
  await page.getByLabel('Language', { exact: true }).selectOption('fr')
  await page.getByLabel('Work package (Deliverables with DOI links)').selectOption('2')
  await page.getByRole('button', { name: 'Show the snippet' }).click()
  // The form sends every field; the page has one address per choice, without the defaults.
  await expect(page).toHaveURL(/\/en\/developers\?widget=wayout-deliverables&language=fr&workPackage=2#configurator$/)
  const snippet = await page.getByLabel('Snippet to copy').inputValue()
  expect(snippet).toMatch(
    /<script src="http:\/\/[^"]+\/widget\/v1\/wayout\.[0-9a-f]{12}\.js" integrity="sha384-[^"]+" crossorigin="anonymous" defer><\/script>/,
  )
  expect(snippet).toContain('<wayout-deliverables locale="fr" site="wayout" limit="5" work-package="2">')

  const document: OpenApi = await (
    await fetch(`http://localhost:${process.env.E2E_PORT}/api/public/v1/openapi.json`)
  ).json()
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
  )
  expect(operations).toContain('POST /api/public/v1/practice-submissions')
  for (const operation of operations)
    await expect(page.getByRole('heading', { level: 3, name: operation, exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Versioning and deprecation policy' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Changelog', exact: true })).toBeVisible()
  await context.close()
})

test('the configured snippet renders on a strict-CSP partner page, and the page previews it, accessibly', async ({
  page,
}) => {
  await page.goto(siteUrl('/de/developers?widget=wayout-news&language=de&limit=2'))
  const preview = page.locator('.embed-preview wayout-news')
  await preview.scrollIntoViewIfNeeded()
  await expect(preview.getByRole('heading', { name: 'Aktuelle Nachrichten' })).toBeVisible()
  await expect(preview.getByRole('listitem')).toHaveCount(2)
  await expectAccessible(page)
  const snippet = await page.getByLabel('Code zum Kopieren').inputValue()

  // The CMS as the snippet names it: the only origin the partner page allows.
  const cms = new URL(snippet.match(/src="([^"]+)"/)![1]).origin
  const csp = `default-src 'none'; script-src ${cms}; connect-src ${cms}; img-src ${cms}; base-uri 'none'; form-action 'none'`
  const partner = http.createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp })
      .end(
        `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Partner</title></head><body><main>${snippet}</main></body></html>`,
      ),
  )
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve))
  // Errors on the partner's page only: what a partner would see in its console.
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  try {
    await page.goto(`http://127.0.0.1:${(partner.address() as AddressInfo).port}/`)
    const news = page.locator('wayout-news')
    await expect(news.getByRole('heading', { name: 'Aktuelle Nachrichten' })).toBeVisible()
    await expect(news.getByRole('listitem')).toHaveCount(2)
  } finally {
    await new Promise<void>((resolve) => partner.close(() => resolve()))
  }
  expect(errors).toEqual([])
})

test('the sitemap lists the developers page in every language', async () => {
  const { text } = await anonymousGet('/sitemap.xml')
  for (const locale of ['en', 'fr', 'de', 'pt', 'nl']) expect(text).toContain(`/${locale}/developers`)
})
