/**
 * On paper: an article and an event print as their content, without the site's navigation,
 * search, language switcher, share links or related lists; the addresses of their outside links
 * are printed after them, where a reader cannot click.
 */
import { expect, siteUrl, test } from './support/test'

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ media: 'print' })
})

test('a printed article is its text, without navigation, share links or related news', async ({ page }) => {
  await page.goto(siteUrl('/en/news'))
  await page.goto(siteUrl((await page.locator('.card h2 a').first().getAttribute('href'))!))
  await expect(page.locator('article h1')).toBeVisible()
  for (const part of ['.site-header', '.site-footer nav', '.aside', 'section[aria-labelledby="related"]'])
    for (const element of await page.locator(part).all()) await expect(element, part).toBeHidden()
  await expect(page.locator('.site-footer .eu')).toBeVisible()
})

test('a printed event keeps its facts and prints its registration address, without the calendar download', async ({
  page,
}) => {
  await page.goto(siteUrl('/en/events'))
  await page.goto(siteUrl((await page.locator('.card h3 a').first().getAttribute('href'))!))
  await expect(page.locator('article h1')).toBeVisible()
  await expect(page.locator('dl.facts')).toBeVisible()
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.locator('a[href$="event.ics"]')).toBeHidden()
  for (const link of await page.locator('article .tags a[href^="http"], dl.facts a[href^="http"]').all()) {
    // Chromium reports the rule's own words, `" (" attr(href) ")"`, for the generated text.
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content)
    expect(after).toContain('attr(href)')
  }
})
