import { expect, expectAccessible, siteUrl, test } from './support/test'

/** One page of each type, with something on it that only that page type shows. */
const projectPages = [
  { path: '', shows: 'h1' },
  { path: '/about', shows: 'dl.facts' },
  { path: '/work-packages', shows: 'a[href$="/work-packages/1"]' },
  { path: '/work-packages/2', shows: 'table >> text=D2.1' },
  { path: '/partners', shows: '#role-coordinator' },
  { path: '/news', shows: '.card h2 a' },
  { path: '/events', shows: '#past' },
  { path: '/deliverables', shows: 'table caption' },
  { path: '/training', shows: '.card' },
  { path: '/newsletters', shows: 'a[href$="/newsletters/1"]' },
  { path: '/newsletters/1', shows: '#in-this-issue' },
  { path: '/search?q=conference', shows: '[role=status]' },
  { path: '/accessibility', shows: 'h1' },
  { path: '/privacy', shows: 'h1' },
  { path: '/legal', shows: 'h1' },
]

for (const locale of ['en', 'fr']) {
  test.describe(`the project website in ${locale}`, () => {
    for (const { path, shows } of projectPages) {
      test(`${path || 'home'} renders in ${locale}, with skip link, EU footer and no accessibility violation`, async ({
        page,
      }) => {
        const response = await page.goto(siteUrl(`/${locale}${path}`))
        expect(response?.status()).toBe(200)
        await expect(page.locator('html')).toHaveAttribute('lang', locale)
        await expect(page.locator(shows).first()).toBeVisible()
        await expect(page.locator('a.skip-link')).toHaveAttribute('href', '#content')
        await expect(page.locator('main#content')).toHaveCount(1)
        await expect(page.locator('footer svg[role=img]')).toBeVisible()
        await expectAccessible(page)
      })
    }

    test(`a news article and an event page render in ${locale}`, async ({ page }) => {
      await page.goto(siteUrl(`/${locale}/news`))
      await page.locator('.card h2 a').first().click()
      await expect(page.locator('article h1')).toBeVisible()
      await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1)
      await expectAccessible(page)
      await page.goto(siteUrl(`/${locale}/events`))
      await page.locator('#past ~ ul .card h3 a, #past + ul .card h3 a').first().click()
      await expect(page.locator('a[href$="event.ics"]')).toBeVisible()
      await expectAccessible(page)
    })

    test(`an unknown address is a 404 page in ${locale}`, async ({ page }) => {
      const response = await page.goto(siteUrl(`/${locale}/no-such-page`))
      expect(response?.status()).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.locator(`main a[href="/${locale}"]`)).toBeVisible()
      await expectAccessible(page)
    })
  })
}
