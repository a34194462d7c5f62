import { anonymousGet, expect, siteUrl, test } from './support/test'

const en = () => process.env.E2E_BILINGUAL_SLUG_EN!
const fr = () => process.env.E2E_BILINGUAL_SLUG_FR!

test.describe('languages', () => {
  test.use({ locale: 'de-DE' })

  test('the root address sends a German reader to the German site', async ({ page }) => {
    await page.goto(siteUrl('/'))
    await expect(page).toHaveURL(siteUrl('/de'))
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  })
})

test('the language switcher keeps the same article, under each language’s own slug, and comes back', async ({
  page,
}) => {
  expect(en()).not.toBe(fr())
  await page.goto(siteUrl(`/en/news/${en()}`))
  await page
    .getByRole('navigation', { name: 'Read this page in another language' })
    .getByRole('link', { name: 'Français' })
    .click()
  await expect(page).toHaveURL(siteUrl(`/fr/news/${fr()}`))
  await expect(page.locator('h1')).toHaveText('Article bilingue E2E')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(siteUrl(`/en/news/${en()}`))
  await expect(page.locator('h1')).toHaveText('E2E bilingual article')
})

test('an article reached with another language’s slug redirects to this language’s slug', async ({ page }) => {
  await page.goto(siteUrl(`/fr/news/${en()}`))
  await expect(page).toHaveURL(siteUrl(`/fr/news/${fr()}`))
})

test('untranslated text says so in the reader’s language and is marked as English', async ({ page }) => {
  await page.goto(siteUrl('/fr/news'))
  const seeded = page.locator('.card h2 a[lang="en"]').first()
  await expect(seeded).toBeVisible()
  await seeded.click()
  await expect(page.getByRole('note')).toContainText('affichées en anglais')
  await expect(page.locator('h1')).toHaveAttribute('lang', 'en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
})

test('hreflang links and the sitemap give the same alternates, absolute, with x-default', async ({ page }) => {
  const sitemap = (await anonymousGet('/sitemap.xml')).text
  const pageUrl = siteUrl(`/en/news/${en()}`)
  const entry = sitemap.split('<url>').find((block) => block.includes(`<loc>${pageUrl}</loc>`))
  expect(entry, 'the article is in the sitemap').toBeTruthy()
  const fromSitemap = Object.fromEntries(
    [...entry!.matchAll(/hreflang="([^"]+)"\s+href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  )
  await page.goto(pageUrl)
  const fromPage = Object.fromEntries(
    await page
      .locator('link[rel=alternate][hreflang]')
      .evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
  )
  expect(fromPage['x-default']).toBe(pageUrl)
  delete fromPage['x-default']
  expect(fromPage).toEqual(fromSitemap)
  expect(Object.keys(fromPage).sort()).toEqual(['de', 'en', 'fr', 'nl', 'pt'])
  expect(fromPage.fr).toBe(siteUrl(`/fr/news/${fr()}`))
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', pageUrl)
})
