import { anonymousGet, expect, expectAccessible, fetchInPage, siteUrl, test } from './support/test'

/**
 * The looks of the key pages, as screenshots compared with the committed ones
 * (design.spec.ts-snapshots/): desktop and phone, light and dark. A change in looks shows in
 * review as a changed picture; dates (which move with the clock) are masked. Each page is also
 * checked with axe in both themes, colour contrast included.
 */
const pages = [
  { name: 'home', url: () => siteUrl('/en') },
  { name: 'news', url: () => siteUrl('/en/news') },
  { name: 'article', url: () => siteUrl(`/en/news/${process.env.E2E_BILINGUAL_SLUG_EN}`) },
  { name: 'events', url: () => siteUrl('/en/events') },
  { name: 'deliverables', url: () => siteUrl('/en/deliverables') },
  { name: 'practices', url: () => siteUrl('/en', 'practices') },
]
const widths = [
  { device: 'desktop', viewport: { width: 1280, height: 800 } },
  { device: 'phone', viewport: { width: 390, height: 844 } },
]
const themes = ['light', 'dark'] as const

for (const { name, url } of pages) {
  for (const { device, viewport } of widths) {
    test(`${name} on a ${device} looks as designed in both themes`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await page.goto(url())
      for (const colorScheme of themes) {
        await page.emulateMedia({ colorScheme })
        await expect(page).toHaveScreenshot(`${name}-${device}-${colorScheme}.png`, {
          fullPage: true,
          mask: [page.locator('time')],
          maxDiffPixelRatio: 0.01,
        })
      }
    })
  }
  test(`${name} has no accessibility violation in either theme`, async ({ page }) => {
    await page.goto(url())
    for (const colorScheme of themes) {
      await page.emulateMedia({ colorScheme })
      await expectAccessible(page)
    }
  })
}

test.describe('on a phone without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })

  test('the header takes at most a quarter of the screen; the menu opens to the navigation and languages', async ({
    page,
  }) => {
    await page.goto(siteUrl('/en'))
    const header = await page.locator('header.site-header').boundingBox()
    expect(header!.height).toBeLessThanOrEqual(844 / 4)
    const news = page.locator('.site-nav a[href="/en/news"]')
    await expect(news).toBeHidden()
    await page.locator('.menu > summary').click()
    await expect(news).toBeVisible()
    await expect(page.getByRole('link', { name: 'Français' })).toBeVisible()
    await news.click()
    await expect(page.locator('h1')).toHaveText('News')
  })
})

test('on a desktop the navigation, search and languages show without opening anything', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(siteUrl('/en'))
  await expect(page.locator('.menu > summary')).toBeHidden()
  await expect(page.locator('.site-nav a[href="/en/news"]')).toBeVisible()
  await expect(page.locator('#site-search')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Deutsch' })).toBeVisible()
})

test('every page names its icon, which exists, and the 404 page has its title in the reader’s language', async ({
  page,
}) => {
  expect((await anonymousGet('/fr/no-such-page')).text).toContain('<title>Page introuvable · WayOut</title>')
  await page.goto(siteUrl('/fr/no-such-page'))
  await expect(page).toHaveTitle('Page introuvable · WayOut')
  const icon = await page.locator('link[rel=icon]').getAttribute('href')
  expect(icon).toMatch(/^\/favicon\.svg/)
  expect(await fetchInPage(page, icon!)).toEqual({ status: 200, type: expect.stringContaining('image/svg+xml') })
})

test('the components page shows the parts in both themes, for people only', async ({ page }) => {
  const response = await page.goto(siteUrl('/en/components'))
  expect(response?.status()).toBe(200)
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', /noindex/)
  await expect(page.locator('.showcase.theme-light .card').first()).toBeVisible()
  await expect(page.locator('.showcase.theme-dark .card').first()).toBeVisible()
  const backgrounds = await page
    .locator('.showcase')
    .evaluateAll((boxes) => boxes.map((box) => getComputedStyle(box).backgroundColor))
  expect(new Set(backgrounds).size).toBe(2)
  await expectAccessible(page)
  const sitemap = await page.evaluate(async () => (await fetch('/sitemap.xml')).text())
  expect(sitemap).toContain('<urlset')
  expect(sitemap).not.toContain('/components')
})
