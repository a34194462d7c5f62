import { anonymousGet, expect, siteUrl, test } from './support/test'

const draftTitle = 'E2E draft never public'

test.describe.serial('publishing', () => {
  test('a draft appears nowhere public: home, news list, article address, feeds, sitemap', async () => {
    for (const path of [
      '/en',
      '/en/news',
      '/en/news/rss.xml',
      '/en/news/atom.xml',
      '/sitemap.xml',
      '/en/search?q=never',
    ]) {
      const { status, text } = await anonymousGet(path)
      expect(status, path).toBe(200)
      expect(text, path).not.toContain(draftTitle)
    }
    expect((await anonymousGet(`/en/news/${process.env.E2E_DRAFT_NEWS_SLUG}`)).status).toBe(404)
  })

  test('an editor previews the draft from the admin; the public cannot', async ({ page, signIn }) => {
    const preview = `/next/preview?path=${encodeURIComponent(`/en/news/${process.env.E2E_DRAFT_NEWS_SLUG}`)}`
    expect((await anonymousGet(preview)).status).toBe(403)
    await signIn()
    await page.goto(siteUrl(preview))
    await expect(page.locator('h1')).toHaveText(draftTitle)
    await expect(page.locator('.preview-banner')).toBeVisible()
    await page.goto(siteUrl('/next/exit-preview'))
  })

  test('publishing in the admin shows the item on the home page and in the feed at the next request', async ({
    page,
    signIn,
  }) => {
    // Warm the public cache first, so the test proves it is emptied on publish.
    await anonymousGet('/en')
    expect((await anonymousGet('/en')).headers['x-cache']).toBe('HIT')
    await signIn()
    await page.goto(siteUrl(`/admin/collections/news/${process.env.E2E_DRAFT_NEWS_ID}`))
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()
    const home = await anonymousGet('/en')
    expect(home.text).toContain(draftTitle)
    expect((await anonymousGet('/en/news/rss.xml')).text).toContain(draftTitle)
    expect((await anonymousGet('/fr/news/atom.xml')).text).toContain(draftTitle)
  })
})
