import { anonymousGet, expect, expectAccessible, fetchInPage, siteUrl, test } from './support/test'

test('the public downloads public deliverables and sees sensitive ones as restricted to partners', async ({ page }) => {
  await page.goto(siteUrl('/en/deliverables'))
  const publicRow = page.getByRole('row', { name: /D2\.1/ })
  const sensitiveRow = page.getByRole('row', { name: /D2\.2/ })
  await expect(sensitiveRow).toContainText('Restricted to partners')
  await expect(sensitiveRow.getByRole('link')).toHaveCount(0)
  const download = publicRow.getByRole('link', { name: /^Download D2\.1 \(PDF, [\d.]+ kB\)$/ })
  const href = await download.getAttribute('href')
  const file = await fetchInPage(page, href!)
  expect(file.status).toBe(200)
  expect(file.type).toContain('application/pdf')
  await expectAccessible(page)
})

test('a sensitive file is refused to the public, whatever address is tried', async () => {
  const byId = await anonymousGet(`/api/documents/${process.env.E2E_SENSITIVE_FILE}`)
  expect([401, 403, 404]).toContain(byId.status)
  const byFile = await anonymousGet('/api/documents/file/sensitive-test-report.pdf')
  expect([401, 403, 404]).toContain(byFile.status)
  expect(byFile.headers['content-type'] ?? '').not.toContain('application/pdf')
})

test('a signed-in member gets the sensitive download', async ({ page, signIn }) => {
  await signIn()
  await page.goto(siteUrl('/en/deliverables'))
  const link = page.getByRole('row', { name: /D2\.2/ }).getByRole('link', { name: /^Download D2\.2 \(PDF/ })
  const file = await fetchInPage(page, (await link.getAttribute('href'))!)
  expect(file.status).toBe(200)
})

test('a deliverable shows its DOI as a link, its due month as a date, when it was delivered, and its file’s format and size', async ({
  page,
}) => {
  await page.goto(siteUrl('/en/deliverables'))
  const row = page.getByRole('row', { name: /D2\.1/ })
  // The project starts in December 2018 (seed): its month 6 is May 2019.
  await expect(row.getByRole('cell').filter({ hasText: 'Month 6' })).toHaveText('Month 6 (May 2019)')
  await expect(row.locator('time')).toHaveText('June 14, 2019')
  await expect(row.locator('time')).toHaveAttribute('datetime', '2019-06-14')
  const doi = row.getByRole('link', { name: '10.5281/zenodo.0000021' })
  await expect(doi).toHaveAttribute('href', 'https://doi.org/10.5281/zenodo.0000021')
  await expect(row.getByRole('link', { name: /^Download D2\.1/ })).toHaveText(/^Download \(PDF, [\d.]+ kB\)$/)
  // A sensitive deliverable shows no file details to the public.
  const sensitive = page.getByRole('row', { name: /D2\.2/ })
  await expect(sensitive).not.toContainText('kB')
  await expect(sensitive).toContainText('Month 9 (August 2019)')
})

test('printed, the deliverables page is the tables alone, on the width of the paper', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 1000 })
  await page.emulateMedia({ media: 'print' })
  await page.goto(siteUrl('/en/deliverables'))
  await expect(page.locator('.site-header')).toBeHidden()
  await expect(page.locator('.site-footer nav')).toBeHidden()
  const table = page.locator('table.deliverables').first()
  await expect(table.locator('thead')).toBeVisible()
  const { right, pageWidth } = await table.evaluate((element) => ({
    right: element.getBoundingClientRect().right,
    pageWidth: document.documentElement.clientWidth,
  }))
  expect(right).toBeLessThanOrEqual(pageWidth)
})
