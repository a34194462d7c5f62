import { anonymousGet, expect, expectAccessible, fetchInPage, siteUrl, test } from './support/test'

test('the public downloads public deliverables and sees sensitive ones as restricted to partners', async ({ page }) => {
  await page.goto(siteUrl('/en/deliverables'))
  const publicRow = page.getByRole('row', { name: /D2\.1/ })
  const sensitiveRow = page.getByRole('row', { name: /D2\.2/ })
  await expect(sensitiveRow).toContainText('Restricted to partners')
  await expect(sensitiveRow.getByRole('link')).toHaveCount(0)
  const download = publicRow.getByRole('link', { name: 'Download D2.1 (PDF)' })
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
  const link = page.getByRole('row', { name: /D2\.2/ }).getByRole('link', { name: 'Download D2.2 (PDF)' })
  const file = await fetchInPage(page, (await link.getAttribute('href'))!)
  expect(file.status).toBe(200)
})
