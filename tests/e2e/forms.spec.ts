/**
 * The public forms in a browser: newsletter sign-up on the project site with the keyboard only,
 * through to the confirmed subscription, and a practice submitted on the repository site; every
 * page on the way has nothing axe objects to. With the sites' own script (sites/enhance) the forms
 * check their fields inline and answer in the page; without JavaScript they post and land on a
 * result page.
 */
import { emailsTo, expect, expectAccessible, linkIn, siteUrl, test } from './support/test'

test('a reader subscribes from the home page with the keyboard only, then confirms from the email', async ({
  page,
}) => {
  const address = 'keyboard-reader@example.org'
  await page.goto(siteUrl('/en'))
  const form = page.locator('#subscribe form')
  await form.getByLabel('Email address').focus()
  await page.keyboard.type(address)
  await page.keyboard.press('Tab')
  await expect(form.getByLabel(/I agree to receive the WayOut newsletter/)).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(form.getByRole('button', { name: 'Subscribe' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(form.getByRole('status')).toHaveText(/a confirmation email is on its way/)
  await expectAccessible(page)

  await expect.poll(async () => (await emailsTo(address)).length).toBe(1)
  const [mail] = await emailsTo(address)
  expect(mail.subject).toBe('Please confirm your subscription to the WayOut newsletter')
  // The email itself, as a mail client shows its HTML part.
  await page.setContent(mail.html)
  await expectAccessible(page)
  await page.goto(siteUrl(linkIn(mail.text, '/en/subscription/confirm')))
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Confirm my subscription' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are subscribed')
  await expectAccessible(page)
})

test('the sign-up form works without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(siteUrl('/fr/newsletters'))
  await page.getByLabel('Adresse e-mail').fill('no-script@example.org')
  await page.getByLabel(/J’accepte de recevoir/).check()
  await page.locator('#subscribe').getByRole('button', { name: 'S’abonner' }).click()
  await expect(page).toHaveURL(/\/fr\/subscription\/done\?result=accepted$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Consultez votre boîte de réception')
  await context.close()
})

test('a practitioner submits a practice; it waits for moderation and they get a receipt', async ({ page }) => {
  await page.goto(siteUrl('/en', 'practices'))
  await page.getByRole('link', { name: 'Submit a practice' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Submit a promising practice')
  await expectAccessible(page)
  await page.getByLabel('Name of the practice').fill('E2E peer mentoring after release')
  await page.getByLabel('Country').selectOption('BE')
  await page.getByLabel('Probation').check()
  await page.getByLabel('Target group').fill('Adults after release')
  await page.getByLabel('Description and approach').fill('Peers who left extremist groups mentor people after release.')
  await page.getByLabel('Your name').fill('Jan Peeters')
  await page.getByLabel('Your email address').fill('jan@example.org')
  await page.getByLabel(/I agree that the WayOut project stores these details/).check()
  await page.getByRole('button', { name: 'Send for review' }).click()
  await expect(page.getByRole('status')).toHaveText(/sent for review/)
  await expect.poll(async () => (await emailsTo('jan@example.org')).length).toBe(1)

  // Not public before an editor publishes it.
  await page.goto(siteUrl('/en?q=peer+mentoring+after+release', 'practices'))
  await expect(page.getByText('E2E peer mentoring after release')).toHaveCount(0)
})

test('a practice form refused without JavaScript says why, and Back brings the text back', async ({
  browser,
  page: reader,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(siteUrl('/en/practices/submit', 'practices'))
  await page.getByLabel('Name of the practice').fill('E2E practice refused for a blank field')
  await page.getByLabel('Country').selectOption('FR')
  await page.getByLabel('Community').check()
  await page.getByLabel('Target group').fill('   ') // passes the browser's `required`, not ours
  await page.getByLabel('Description and approach').fill('A long description that must not be lost.')
  await page.getByLabel('Your name').fill('Claire Martin')
  await page.getByLabel('Your email address').fill('claire@example.org')
  await page.getByLabel(/I agree that the WayOut project stores these details/).check()
  await page.getByRole('button', { name: 'Send for review' }).click()
  await expect(page).toHaveURL(/\/en\/practices\/submit\?problem=targetGroup$/)
  await expect(page.getByRole('alert')).toContainText('Please fill in the target group (at most 200 characters).')
  const problemPage = page.url()
  await page.goBack()
  await expect(page.getByLabel('Description and approach')).toHaveValue('A long description that must not be lost.')
  await context.close()

  // axe needs scripts: the same page, read in an ordinary browser.
  await reader.goto(problemPage)
  await expect(reader.getByRole('alert').filter({ hasText: 'Please check the form' })).toBeVisible()
  await expectAccessible(reader)
})

test('the practice form checks its fields inline: the problem beside the field, which gets the focus, nothing lost', async ({
  page,
}) => {
  await page.goto(siteUrl('/en/practices/submit', 'practices'))
  await page.getByLabel('Name of the practice').fill('E2E practice checked inline')
  await page.getByLabel('Country').selectOption('FR')
  const target = page.getByLabel('Target group', { exact: true })
  await target.fill('   ') // passes the browser's `required`, not the form's
  await page.getByLabel('Description and approach').fill('A description that must not be lost.')
  await page.getByLabel('Your name').fill('Claire Martin')
  const email = page.getByLabel('Your email address')
  await email.fill('claire@')
  await email.blur()
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#practice-email-problem')).not.toBeEmpty()
  await email.fill('claire@example.org')
  await expect(email).not.toHaveAttribute('aria-invalid')
  await page.getByLabel(/I agree that the WayOut project stores these details/).check()
  await page.getByRole('button', { name: 'Send for review' }).click()

  await expect(target).toBeFocused()
  await expect(target).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('#practice-target-problem')).not.toBeEmpty()
  await expect(page).toHaveURL(/\/en\/practices\/submit$/)
  await expect(page.getByLabel('Description and approach')).toHaveValue('A description that must not be lost.')
  await expectAccessible(page)
})
