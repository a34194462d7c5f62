/**
 * An editor's newsletter day in the admin: compose an issue, preview the email, send a test to
 * themselves, schedule it and take it back, then send it to the confirmed subscribers and find it
 * in the public archive. The sidebar speaks the editor's admin language.
 */
import { emailsTo, expect, expectAccessible, linkIn, siteUrl, test } from './support/test'

const subscriberAddress = 'admin-spec-reader@example.org'

/** A reader who signed up and clicked the link: the one person "Send now" must reach. */
const confirmedSubscriber = async () => {
  const origin = `http://127.0.0.1:${process.env.E2E_PORT}`
  const signUp = await fetch(`${origin}/api/public/v1/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: subscriberAddress, locale: 'en', consent: true }),
  })
  expect(signUp.status).toBe(202)
  await expect.poll(async () => (await emailsTo(subscriberAddress)).length).toBe(1)
  const link = new URL(linkIn((await emailsTo(subscriberAddress))[0].text, '/subscription/confirm'), origin)
  const confirm = await fetch(`${origin}/api/public/v1/subscriptions/confirm`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: link.searchParams.get('token') }),
  })
  expect(confirm.status).toBe(200)
}

test.describe.serial('an editor sends a newsletter issue from the admin', () => {
  let issuePath = ''

  test('composes an issue, previews the email, and is stopped from acting on unsaved changes', async ({
    page,
    signIn,
  }) => {
    await signIn()
    await page.goto(siteUrl('/admin/collections/newsletters/create'))
    await expect(page.getByText('Save the issue to preview, test and send it.')).toBeVisible()
    await page.getByLabel('Number').fill('2')
    await page.getByLabel('Title').fill('E2E spring issue')
    await page.getByLabel('Subject').fill('WayOut news, E2E spring')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/newsletters\/\d+$/)
    issuePath = new URL(page.url()).pathname

    const actions = page.locator('.newsletter-actions')
    await expect(actions.getByRole('button', { name: 'Send a test to me' })).toBeEnabled()
    const [preview] = await Promise.all([
      page.waitForEvent('popup'),
      actions.getByRole('link', { name: 'email' }).click(),
    ])
    await expect(preview.locator('html')).toHaveAttribute('lang', 'en')
    await expect(preview.getByText('E2E spring issue').first()).toBeVisible()
    await expect(preview.getByText('Funded by the European Union').first()).toBeVisible()
    await expectAccessible(preview)
    await preview.close()

    await page.getByLabel('Title').fill('E2E spring issue, edited')
    await expect(actions.getByText(/Save your changes first/)).toBeVisible()
    await expect(actions.getByRole('button', { name: 'Send a test to me' })).toBeDisabled()
    await expect(actions.getByRole('button', { name: 'Send now' })).toBeDisabled()
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(actions.getByRole('button', { name: 'Send a test to me' })).toBeEnabled()
  })

  test('sends a test to themselves only', async ({ page, signIn }) => {
    await signIn()
    await page.goto(siteUrl(issuePath))
    const actions = page.locator('.newsletter-actions')
    await actions.getByRole('button', { name: 'Send a test to me' }).click()
    await expect(actions.getByRole('status')).toHaveText(`Test email (English) sent to ${process.env.E2E_ADMIN_EMAIL}.`)
    const [test] = (await emailsTo(process.env.E2E_ADMIN_EMAIL!)).filter((mail) => mail.subject.startsWith('[Test]'))
    expect(test.subject).toBe('[Test] WayOut news, E2E spring')
    expect(test.text).toContain('E2E spring issue, edited')
    expect(await emailsTo(subscriberAddress)).toHaveLength(0)
  })

  test('schedules it for a later time, then takes it back to draft', async ({ page, signIn }) => {
    await signIn()
    await page.goto(siteUrl(issuePath))
    const actions = page.locator('.newsletter-actions')
    await actions.getByRole('button', { name: 'Schedule for the chosen time' }).click()
    await expect(actions.getByRole('status')).toHaveText('Choose a sending time first.')
    await expect(actions.getByLabel('Sending time')).toBeFocused()
    await actions.getByLabel('Sending time').fill(`${new Date().getFullYear() + 1}-03-01T09:30`)
    await actions.getByRole('button', { name: 'Schedule for the chosen time' }).click()
    await expect(actions.getByText(/^Scheduled for .*9:30/)).toBeVisible()
    await actions.getByRole('button', { name: 'Take back to draft' }).click()
    await expect(actions.getByRole('button', { name: 'Take back to draft' })).toHaveCount(0)
    await expect(actions.getByText(/^Scheduled for/)).toHaveCount(0)
  })

  test('sends it now to the confirmed subscribers, after confirming; it then appears in the archive', async ({
    page,
    signIn,
  }) => {
    await confirmedSubscriber()
    await signIn()
    await page.goto(siteUrl(issuePath))
    const actions = page.locator('.newsletter-actions')
    let question = ''
    page.once('dialog', (dialog) => {
      question = dialog.message()
      void dialog.accept()
    })
    await actions.getByRole('button', { name: 'Send now' }).click()
    expect(question).toBe('Send this issue to every confirmed subscriber now?')
    await expect
      .poll(async () => (await emailsTo(subscriberAddress)).map((mail) => mail.subject), { timeout: 30_000 })
      .toContain('WayOut news, E2E spring')
    await expect(async () => {
      await page.reload()
      await expect(actions.getByText(/^Sent on .* to \d+ subscribers?\.$/)).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 30_000 })
    await expect(actions.getByRole('button', { name: 'Send now' })).toHaveCount(0)

    await page.goto(siteUrl('/en/newsletters/2'))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E spring issue, edited')
  })

  test('the sidebar speaks the editor’s admin language', async ({ page, signIn, context }) => {
    await signIn()
    await context.addCookies([{ name: 'payload-lng', value: 'fr', url: siteUrl('/') }])
    await page.goto(siteUrl('/admin/collections/newsletters/create'))
    await expect(page.getByText('Enregistrez le numéro pour le prévisualiser, le tester et l’envoyer.')).toBeVisible()
  })
})
