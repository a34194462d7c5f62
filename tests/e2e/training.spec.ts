/**
 * The training pages in a browser, in two languages: the course and its form (plain HTML, no
 * script: tests/http/training-registration.test.ts posts it as a browser without JavaScript
 * does), the confirmation, the participant's own page, a certificate's verification page (valid
 * and unknown); every page on the way has nothing axe objects to.
 */
import { adminClient } from './support/rest'
import { emailsTo, expect, expectAccessible, linkIn, siteUrl, test } from './support/test'

const origin = () => `http://127.0.0.1:${process.env.E2E_PORT}`
const admin = () => adminClient(origin())

let editionTitle = ''
let editionId = 0

test.beforeAll(async () => {
  const { call } = await admin()
  const { docs } = await call<{ docs: { id: number }[] }>(
    'GET',
    '/courses?where[slug][equals]=integrated-exit-programmes',
  )
  editionTitle = `Browser edition ${Date.now()}`
  ;({ id: editionId } = await call('POST', '/course-editions', {
    course: docs[0].id,
    title: editionTitle,
    slug: `browser-${Date.now()}`,
    capacity: 5,
    online: true,
    joiningUrl: 'https://meet.example.test/browser',
    sessions: [
      { startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(), startsAt_tz: 'Europe/Brussels', allDay: true },
    ],
  }))
})

test('<wayout-training> on a partner page registers for an edition, in the page’s language', async ({ page }) => {
  const address = 'widget-fr@training.example.org'
  const cms = `http://localhost:${process.env.E2E_PORT}`
  await page.setContent(`<!doctype html><html lang="fr"><head><title>Partenaire</title>
    <script src="${cms}/widget/v1/wayout.js" defer></script></head>
    <body><main><h1>Formation WayOut</h1><wayout-training edition="${editionId}" locale="fr"></wayout-training></main></body></html>`)
  const widget = page.locator('wayout-training')
  await widget.getByLabel('Votre nom').fill('Widget Participant')
  await widget.getByLabel('Adresse e-mail').fill(address)
  await widget.getByLabel('Pays').selectOption('FR')
  await widget.getByLabel('Votre fonction').selectOption('prison-educator')
  await widget.getByLabel(/J’accepte que l’équipe WayOut/).check()
  await widget.getByRole('button', { name: 'S’inscrire' }).click()
  await expect(widget.getByRole('status')).toHaveText(/un e-mail vous a été envoyé/)
  await expectAccessible(page)
  await expect.poll(async () => (await emailsTo(address)).length).toBe(1)
  expect((await emailsTo(address))[0].subject).toBe('Veuillez confirmer votre inscription à la formation WayOut')
})

const cases = [
  { locale: 'en', register: 'Register', confirm: 'Confirm my registration', done: 'You are registered' },
  { locale: 'fr', register: 'S’inscrire', confirm: 'Confirmer mon inscription', done: 'Vous êtes inscrit·e' },
] as const

for (const { locale, register, confirm, done } of cases)
  test(`registration in ${locale}, through to the participant's page and certificate`, async ({ page }) => {
    const address = `browser-${locale}@training.example.org`
    await page.goto(siteUrl(`/${locale}/training`))
    await expectAccessible(page)
    const form = page.locator('form.training-form', { has: page.locator('h4', { hasText: editionTitle }) })
    await form.locator('input[name="name"]').fill(`Browser ${locale}`)
    await form.locator('input[name="email"]').fill(address)
    await form.locator('select[name="country"]').selectOption('BE')
    await form.locator('select[name="role"]').selectOption('probation-officer')
    await form.locator('input[name="consent"]').check()
    await form.getByRole('button', { name: register }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/training/done\\?result=accepted$`))
    await expectAccessible(page)

    await expect.poll(async () => (await emailsTo(address)).length).toBe(1)
    await page.goto(siteUrl(linkIn((await emailsTo(address))[0].text, `/${locale}/training/confirm`)))
    await expectAccessible(page)
    await page.getByRole('button', { name: confirm }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(done)
    await expectAccessible(page)

    await expect.poll(async () => (await emailsTo(address)).length).toBe(2)
    await page.goto(siteUrl(linkIn((await emailsTo(address))[1].text, `/${locale}/training/participant`)))
    await expect(page.getByRole('link', { name: 'https://meet.example.test/browser' })).toBeVisible()
    await expectAccessible(page)

    // The organiser marks the one session attended: the course is completed, the certificate issued.
    const { call } = await admin()
    const { docs } = await call<{ docs: { id: number }[] }>('GET', `/registrations?where[email][equals]=${address}`)
    await call('PATCH', `/registrations/${docs[0].id}`, { attendance: [{ session: 1 }] })
    const certificates = await call<{ docs: { code: string }[] }>(
      'GET',
      `/certificates?where[registration][equals]=${docs[0].id}`,
    )
    await page.goto(siteUrl(`/${locale}/certificates/${certificates.docs[0].code}`))
    await expect(page.getByText(`Browser ${locale}`)).toBeVisible()
    await expectAccessible(page)
    const unknown = await page.goto(siteUrl(`/${locale}/certificates/WO-AAAA-BBBB-CCCC`))
    expect(unknown?.status()).toBe(404)
    await expectAccessible(page)
  })
