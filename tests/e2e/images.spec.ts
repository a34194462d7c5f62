/**
 * Pictures on the public pages: an uploaded image is offered at its stored WebP widths (srcset,
 * sizes) with its box reserved (width and height: nothing moves when it arrives); the article's
 * picture, the largest above the fold, is fetched first and announced by a preload; cards below
 * the fold load theirs lazily. Every offered file is served by the app as what it says it is.
 */
import sharp from 'sharp'

import { adminClient } from './support/rest'
import { expect, fetchInPage, siteUrl, test } from './support/test'

const title = 'E2E article with a picture'
let slug = ''

test.beforeAll(async () => {
  const { call } = await adminClient(`http://localhost:${process.env.E2E_PORT}`)
  const png = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#1d3c6e' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'e2e-harbour.png')
  form.append('_payload', JSON.stringify({ alt: 'A harbour at dusk' }))
  const media = await call('POST', '/media', form)
  const { docs: sites } = await call<{ docs: { id: number; key: string }[] }>('GET', '/sites?limit=10')
  ;({ slug } = await call<{ slug: string }>('POST', '/news?locale=en', {
    title,
    summary: 'With a hero picture.',
    heroImage: media.id,
    sites: [sites.find((site) => site.key === 'wayout')!.id],
    _status: 'published',
  }))
})

/** The page's cumulative layout shift so far, as the browser reports it. */
const layoutShift = (page: import('@playwright/test').Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value
        }).observe({ type: 'layout-shift', buffered: true })
        setTimeout(() => resolve(total), 500)
      }),
  )

test('an article’s picture offers WebP widths, keeps its box, and is fetched first', async ({ page }) => {
  await page.goto(siteUrl(`/en/news/${slug}`))
  const hero = page.locator('img.article-hero')
  await expect(hero).toHaveAttribute('alt', 'A harbour at dusk')
  await expect(hero).toHaveAttribute('width', '2000')
  await expect(hero).toHaveAttribute('height', '1000')
  await expect(hero).toHaveAttribute('fetchpriority', 'high')
  await expect(hero).not.toHaveAttribute('loading', 'lazy')
  const srcset = (await hero.getAttribute('srcset')) ?? ''
  for (const width of [320, 768, 1200, 1600]) expect(srcset).toMatch(new RegExp(`\\.webp ${width}w`))
  expect(await hero.getAttribute('sizes')).toBeTruthy()
  await expect(page.locator('head link[rel="preload"][as="image"][fetchpriority="high"]')).toHaveAttribute(
    'imagesrcset',
    srcset,
  )

  // The browser took a WebP file, and the picture moved nothing when it arrived.
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.currentSrc)).toMatch(/\.webp$/)
  expect(await layoutShift(page)).toBe(0)
  for (const candidate of srcset.split(', ').map((entry) => entry.split(' ')[0])) {
    const file = await fetchInPage(page, candidate)
    expect(file.status, candidate).toBe(200)
    expect(file.type, candidate).toBe(candidate.endsWith('.webp') ? 'image/webp' : 'image/png')
  }
})

test('cards’ pictures load lazily below the fold, at the widths a card needs; the news list’s first is fetched first', async ({
  page,
}) => {
  await page.goto(siteUrl('/en'))
  const below = page.locator('.card', { hasText: title }).locator('img')
  await expect(below).toHaveAttribute('loading', 'lazy')
  await expect(below).toHaveAttribute('width', '2000')
  await expect(below).toHaveAttribute('height', '1000')
  await expect(below).toHaveAttribute('srcset', /\.webp 768w/)
  await expect(below).toHaveAttribute('sizes', /24rem/)
  expect(await layoutShift(page)).toBe(0)

  await page.goto(siteUrl('/en/news'))
  const first = page.locator('.card').first()
  await expect(first).toContainText(title)
  await expect(first.locator('img')).toHaveAttribute('fetchpriority', 'high')
  await expect(first.locator('img')).not.toHaveAttribute('loading', 'lazy')
  expect(await layoutShift(page)).toBe(0)
})
