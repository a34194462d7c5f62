/**
 * The partner widget on a partner's page: another origin (its own port) with a strict
 * Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval'), loading the hashed bundle with
 * its SRI hash as the admin's Embed page gives it. Every element renders the seeded content in two
 * languages, with no console error, no CSP violation, no change in the lists' height (their space
 * is reserved) and nothing axe objects to;
 * without JavaScript the partner's own links remain.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { adminClient } from './support/rest'
import { emailsTo, expect, expectAccessible, siteUrl, test } from './support/test'

const cms = () => `http://localhost:${process.env.E2E_PORT}`

type Manifest = { file: string; integrity: string }

const partnerPage = (manifest: Manifest, locale: 'en' | 'fr') => `<!doctype html>
<html lang="${locale}">
  <head>
    <meta charset="utf-8">
    <title>Partner page (${locale})</title>
    <link rel="stylesheet" href="/partner.css">
    <script src="${cms()}${manifest.file}" integrity="${manifest.integrity}" crossorigin="anonymous" defer></script>
  </head>
  <body>
    <main>
      <h1>A partner organisation's page about WayOut</h1>
      <wayout-project locale="${locale}"><a href="${cms()}/${locale}">WayOut project</a></wayout-project>
      <wayout-news locale="${locale}" limit="3"><a href="${cms()}/${locale}/news">WayOut news</a></wayout-news>
      <wayout-events locale="${locale}" when="past" limit="3"><a href="${cms()}/${locale}/events">WayOut events</a></wayout-events>
      <wayout-partners locale="${locale}"><a href="${cms()}/${locale}/partners">WayOut partners</a></wayout-partners>
      <wayout-subscribe locale="${locale}"><a href="${cms()}/${locale}">WayOut newsletter</a></wayout-subscribe>
      <wayout-deliverables locale="${locale}" work-package="2"><a href="${cms()}/${locale}/deliverables">WayOut deliverables</a></wayout-deliverables>
    </main>
  </body>
</html>`

// The partner reserves the widgets' space before the script defines them, as the README advises.
const partnerCss = `
body { font-family: sans-serif; max-width: 48rem; margin: 0 auto; padding: 1rem; }
wayout-project, wayout-news, wayout-events, wayout-partners, wayout-subscribe { display: block; margin: 1rem 0; }
wayout-news:not(:defined), wayout-events:not(:defined) { min-height: calc(6.4em + 2px + 3 * 6.6em); }
`

let partner: http.Server
let partnerOrigin: string

test.beforeAll(async () => {
  const manifest: Manifest = await (await fetch(`${cms()}/widget/v1/manifest.json`)).json()
  const csp = [
    "default-src 'none'",
    `script-src ${cms()}`,
    `connect-src ${cms()}`,
    `img-src ${cms()}`,
    "style-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
  partner = http.createServer((req, res) => {
    if (req.url === '/partner.css') return res.writeHead(200, { 'content-type': 'text/css' }).end(partnerCss)
    const locale = req.url === '/fr' ? 'fr' : 'en'
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp })
      .end(partnerPage(manifest, locale))
  })
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve))
  partnerOrigin = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`
})
test.afterAll(async () => new Promise<void>((resolve) => partner.close(() => resolve())))

const expected = {
  en: {
    news: 'Latest news',
    past: 'Past events',
    partners: 'Partners',
    objectives: 'Objectives',
    subscribed: 'Thank you. Please check your inbox to confirm your subscription.',
    email: 'Email address',
    consent: /I agree to receive/,
    subscribe: 'Subscribe',
  },
  fr: {
    news: 'Dernières actualités',
    past: 'Événements passés',
    partners: 'Partenaires',
    objectives: 'Objectifs',
    subscribed: 'Merci. Veuillez vérifier votre boîte de réception pour confirmer votre abonnement.',
    email: 'Adresse e-mail',
    consent: /J’accepte de recevoir/,
    subscribe: 'S’abonner',
  },
}

for (const locale of ['en', 'fr'] as const) {
  test(`every widget renders the seeded content in ${locale} under a strict CSP, accessibly, without errors`, async ({
    page,
  }) => {
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    await page.addInitScript(() => {
      const record = window as unknown as { violations: string[]; heights: Record<string, number[]> }
      record.violations = []
      record.heights = {}
      document.addEventListener('securitypolicyviolation', (event) =>
        record.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      )
      // Every height the list widgets take, from the partner's page before the script on.
      document.addEventListener('DOMContentLoaded', () => {
        for (const name of ['wayout-news', 'wayout-events']) {
          const element = document.querySelector(name)!
          const heights = (record.heights[name] = [] as number[])
          new ResizeObserver(() => heights.push(Math.round(element.getBoundingClientRect().height))).observe(element)
        }
      })
    })
    const t = expected[locale]
    const asked: string[] = []
    page.on('request', (request) => asked.push(request.url()))
    await page.goto(`${partnerOrigin}/${locale}`)
    await expect(page.locator('wayout-project').getByRole('heading', { level: 2 })).toBeVisible()
    expect(
      asked.filter((url) => url.includes('/api/public/v1/partners')),
      'partners loaded before scrolled near',
    ).toEqual([])

    const project = page.locator('wayout-project')
    await expect(project.getByRole('heading', { level: 2 })).toContainText('WayOut')
    await expect(project.getByRole('heading', { name: t.objectives })).toBeVisible()
    await expect(project.getByRole('listitem').first()).toBeVisible()

    // Further down the page, data loads only once the reader scrolls near.
    const news = page.locator('wayout-news')
    await news.scrollIntoViewIfNeeded()
    await expect(news.getByRole('heading', { name: t.news })).toBeVisible()
    await expect(news.getByRole('listitem')).toHaveCount(3)
    await expect(news.getByRole('link').first()).toHaveAttribute('href', new RegExp(`/${locale}/news/`))

    const events = page.locator('wayout-events')
    await events.scrollIntoViewIfNeeded()
    await expect(events.getByRole('heading', { name: t.past })).toBeVisible()
    await expect(events.getByRole('listitem')).toHaveCount(3)
    await expect(events.locator('time').first()).toHaveAttribute('datetime', /^20\d\d-/)

    const partners = page.locator('wayout-partners')
    await partners.scrollIntoViewIfNeeded()
    await expect(partners.getByRole('heading', { level: 2 })).toHaveText(t.partners)
    await expect(partners.getByText(/Confederation of European Probation/)).toBeVisible()

    // Signing up from the partner's page: the confirmation email goes out in the widget's language.
    const subscribe = page.locator('wayout-subscribe')
    await subscribe.scrollIntoViewIfNeeded()
    const address = `widget-${locale}@example.org`
    await subscribe.getByLabel(t.email).fill(address)
    await subscribe.getByLabel(t.consent).check()
    await subscribe.getByRole('button', { name: t.subscribe }).click()
    await expect(subscribe.getByRole('status')).toHaveText(t.subscribed)
    await expect.poll(async () => (await emailsTo(address)).length).toBe(1)
    expect((await emailsTo(address))[0].text).toContain(`/${locale}/subscription/confirm?token=`)

    await expectAccessible(page)
    const { violations, heights } = await page.evaluate(() => {
      const { violations, heights } = window as unknown as { violations: string[]; heights: Record<string, number[]> }
      return { violations, heights }
    })
    expect(violations, 'CSP violations').toEqual([])
    expect(problems).toEqual([])
    // The lists hold one height throughout (fallback, loading, content): nothing below them moves.
    for (const [name, seen] of Object.entries(heights)) expect(new Set(seen).size, `${name} heights ${seen}`).toBe(1)
  })
}

test('keyboard users reach the widgets’ links and the sign-up form in order', async ({ page }) => {
  await page.goto(`${partnerOrigin}/en`)
  await page.locator('wayout-news').scrollIntoViewIfNeeded()
  await expect(page.locator('wayout-news').getByRole('listitem')).toHaveCount(3)
  const news = page.locator('wayout-news').getByRole('link').first()
  await news.focus()
  await expect(news).toBeFocused()
  const email = page.locator('wayout-subscribe').getByLabel('Email address')
  await email.focus()
  await page.keyboard.press('Tab')
  await expect(page.locator('wayout-subscribe').getByLabel(/I agree to receive/)).toBeFocused()
})

test('without JavaScript the partner’s own links are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${partnerOrigin}/fr`)
  for (const name of [
    'WayOut project',
    'WayOut news',
    'WayOut events',
    'WayOut partners',
    'WayOut newsletter',
    'WayOut deliverables',
  ])
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible()
  await context.close()
})

test('the admin Embed page previews the chosen widget and gives the snippet with its SRI hash', async ({
  page,
  signIn,
}) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await signIn()
  await page.goto(siteUrl('/admin/embed'))
  await expect(page.getByRole('heading', { name: 'Embed the WayOut widget' })).toBeVisible()
  await page.getByLabel('Language').selectOption('fr')
  await page.getByLabel('Items').fill('2')
  const preview = page.locator('.wayout-embed__preview wayout-news')
  await preview.scrollIntoViewIfNeeded()
  await expect(preview.getByRole('heading', { name: 'Dernières actualités' })).toBeVisible()
  await expect(preview.getByRole('listitem')).toHaveCount(2)
  const snippet = await page.getByLabel('Snippet to copy').inputValue()
  expect(snippet).toMatch(
    /<script src="http:\/\/[^"]+\/widget\/v1\/wayout\.[0-9a-f]{12}\.js" integrity="sha384-[^"]+" crossorigin="anonymous" defer><\/script>/,
  )
  expect(snippet).toContain('<wayout-news locale="fr" site="wayout" limit="2">')
  expect(errors).toEqual([])
})

test('the deliverables widget lists a work package’s public deliverables with their DOI links, in the partner’s language', async ({
  page,
}) => {
  // A delivered deliverable with a DOI, beside the suite's public D2.1 and sensitive D2.2 (work package 2).
  const { call } = await adminClient(cms())
  const { docs: wps } = await call<{ docs: { id: number }[] }>('GET', '/work-packages?where[number][equals]=2&limit=1')
  const { docs: existing } = await call<{ docs: unknown[] }>('GET', '/deliverables?where[code][equals]=D2.9&limit=1')
  if (!existing.length) {
    const { id } = await call('POST', '/deliverables', {
      code: 'D2.9',
      title: 'E2E report with a DOI',
      workPackage: wps[0].id,
      type: 'report',
      disseminationLevel: 'PU',
      dueMonth: 12,
      deliveredDate: '2026-03-31',
      doi: 'https://doi.org/10.5281/zenodo.0000000',
    })
    await call('PATCH', `/deliverables/${id}?locale=fr`, { title: 'Rapport E2E avec DOI' })
  }
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  )
  await page.goto(`${partnerOrigin}/fr`)
  const deliverables = page.locator('wayout-deliverables')
  await deliverables.scrollIntoViewIfNeeded()
  await expect(deliverables.getByRole('heading', { level: 2 })).toHaveText('Livrables · Lot de travail 2')
  await expect(deliverables.getByRole('link', { name: 'DOI 10.5281/zenodo.0000000' })).toHaveAttribute(
    'href',
    'https://doi.org/10.5281/zenodo.0000000',
  )
  await expect(deliverables.getByText('D2.9 · Livré le 31 mars 2026')).toBeVisible()
  // D2.1 has no French title: shown in English, marked as English for screen readers.
  await expect(deliverables.getByRole('link', { name: 'E2E public report' })).toHaveAttribute('lang', 'en')
  await expect(deliverables.getByText(/D2\.2|sensitive/)).toHaveCount(0)
  await expect(deliverables.getByRole('link', { name: 'Tous les livrables' })).toHaveAttribute(
    'href',
    /\/fr\/deliverables$/,
  )
  await expect(deliverables.getByRole('link', { name: 'Rapport E2E avec DOI' })).toHaveCount(0)
  await expect(deliverables.getByText('Rapport E2E avec DOI')).toBeVisible()
  await expectAccessible(page)
  expect(problems).toEqual([])
})
