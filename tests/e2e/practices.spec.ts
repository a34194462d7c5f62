import { anonymousGet, expect, expectAccessible, siteUrl, test } from './support/test'

test('each host name shows its own site', async ({ page }) => {
  await page.goto(siteUrl('/en', 'practices'))
  await expect(page.locator('h1')).toHaveText('Promising practice repository')
  await page.goto(siteUrl('/en', 'wayout'))
  await expect(page.locator('h1')).toHaveText('Integrated Exit Programme for Prison and Probation')
  // The practice repository has no news; the project site has no practice pages.
  expect((await anonymousGet('/en/news', 'practices')).status).toBe(404)
  expect((await anonymousGet(`/en/practices/${process.env.E2E_PRACTICE_ID}`, 'wayout')).status).toBe(404)
})

for (const locale of ['en', 'pt']) {
  test(`the repository lists published practices only and its filters work (${locale})`, async ({ page }) => {
    await page.goto(siteUrl(`/${locale}`, 'practices'))
    const titles = page.locator('.card h3')
    await expect(titles).toHaveText(['E2E family support in probation', 'E2E mentoring in prison'])
    await expectAccessible(page)

    await page.locator('select[name=country]').selectOption('PT')
    await page.locator('form.filters button[type=submit]').click()
    await expect(titles).toHaveText(['E2E mentoring in prison'])

    await page.goto(siteUrl(`/${locale}?setting=probation`, 'practices'))
    await expect(titles).toHaveText(['E2E family support in probation'])

    await page.goto(siteUrl(`/${locale}`, 'practices'))
    await page.locator('input[name=q]').fill('mentoring')
    await page.locator('input[name=q]').press('Enter')
    await expect(titles).toHaveText(['E2E mentoring in prison'])

    await page.goto(siteUrl(`/${locale}?targetGroup=Families`, 'practices'))
    await expect(titles).toHaveText(['E2E family support in probation'])
    await expect(page.getByText('E2E unmoderated submission')).toHaveCount(0)
  })
}

test('a practice page shows the organisation, never the submitter’s name or email, and links back', async ({
  page,
}) => {
  await page.goto(siteUrl(`/en/practices/${process.env.E2E_PRACTICE_ID}`, 'practices'))
  await expect(page.locator('h1')).toHaveText('E2E mentoring in prison')
  await expect(page.getByText('Test organisation')).toBeVisible()
  const html = await page.content()
  expect(html).not.toContain('private@example.org')
  expect(html).not.toContain('Private Person')
  await expectAccessible(page)
  await page.getByRole('link', { name: 'Back to the repository' }).click()
  await expect(page).toHaveURL(siteUrl('/en', 'practices'))
})

test('keyboard only: the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(siteUrl('/en'))
  await page.keyboard.press('Tab')
  await expect(page.locator('a.skip-link')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#content$/)
  await page.keyboard.press('Tab')
  const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null)
  expect(focused).toBe(true)
})
