/**
 * Editors in the admin: the search and sharing texts they set are what the page head says; a
 * slug they change leaves the old address leading to the new one. The notices (editable pages
 * seeded in five languages) have nothing axe objects to.
 */
import type { Page } from '@playwright/test'

import { adminClient } from './support/rest'
import { anonymousGet, expect, expectAccessible, siteUrl, test } from './support/test'

const origin = () => `http://127.0.0.1:${process.env.E2E_PORT}`

const wayoutSite = async () => {
  const { call } = await adminClient(origin())
  const { docs } = await call<{ docs: { id: number }[] }>('GET', '/sites?where[key][equals]=wayout')
  return docs[0].id
}

/** Publishes the document open in the admin and waits for the confirmation. */
const publish = async (page: Page) => {
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/published successfully|updated successfully/i).first()).toBeVisible()
}

test.describe.serial('editors and the public addresses', () => {
  test('search texts set in the admin are the page head’s, with a live preview', async ({ page, signIn }) => {
    const { call } = await adminClient(origin())
    const slug = `seo-${Date.now()}`
    const { id } = await call('POST', '/news', {
      title: 'A story for search',
      slug,
      summary: 'The summary by default.',
      sites: [await wayoutSite()],
      _status: 'published',
    })
    expect((await anonymousGet(`/en/news/${slug}`)).text).toContain('content="The summary by default."')

    await signIn()
    await page.goto(siteUrl(`/admin/collections/news/${id}`))
    await page.getByLabel('Meta title').fill('Chosen for search engines')
    await page.getByLabel('Meta description').fill('A description written for search results.')
    await expect(page.getByTestId('search-preview')).toContainText('Chosen for search engines')
    await publish(page)

    const head = (await anonymousGet(`/en/news/${slug}`)).text
    expect(head).toContain('<meta name="description" content="A description written for search results."/>')
    expect(head).toContain('<meta property="og:title" content="Chosen for search engines"/>')
  })

  test('a slug changed in the admin leaves the old address leading to the new one', async ({ page, signIn }) => {
    const { call } = await adminClient(origin())
    const before = `before-${Date.now()}`
    const { id } = await call('POST', '/pages', {
      title: 'A page that moves',
      slug: before,
      sites: [await wayoutSite()],
      _status: 'published',
    })
    await signIn()
    await page.goto(siteUrl(`/admin/collections/pages/${id}`))
    const slugInput = page.locator('#field-slug')
    if (!(await slugInput.isEditable())) await page.locator('#field-slug-lock').click()
    await slugInput.fill(`${before}-moved`)
    await publish(page)

    const old = await anonymousGet(`/en/${before}`)
    expect(old.status).toBe(308)
    await page.goto(siteUrl(`/en/${before}`))
    await expect(page).toHaveURL(siteUrl(`/en/${before}-moved`))
    await expect(page.locator('h1')).toHaveText('A page that moves')
  })
})

for (const locale of ['en', 'fr', 'de', 'pt', 'nl'])
  test(`the notices in ${locale} are editable pages with nothing axe objects to`, async ({ page }) => {
    for (const notice of ['accessibility', 'privacy', 'legal']) {
      const response = await page.goto(siteUrl(`/${locale}/${notice}`))
      expect(response?.status()).toBe(200)
      await expect(page.locator('main h2').first()).toBeVisible()
      await expectAccessible(page)
    }
  })
