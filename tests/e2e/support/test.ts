import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

export { expect }

/** The app started by globalSetup, at one of the two sites' host names. */
export const siteUrl = (path: string, site: 'wayout' | 'practices' = 'wayout') =>
  `http://${site}.localhost:${process.env.E2E_PORT}${path}`

/** Fails with the list of WCAG 2.1 A/AA violations axe finds on the page, if any. */
export const expectAccessible = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`),
    'axe violations',
  ).toEqual([])
}

export const test = base.extend<{ signIn: () => Promise<void> }>({
  /** Signs the page's browser context in to the admin as the e2e administrator. */
  signIn: async ({ page }, use) => {
    await use(async () => {
      const response = await page.request.post(siteUrl('/api/users/login'), {
        data: { email: process.env.E2E_ADMIN_EMAIL, password: process.env.E2E_ADMIN_PASSWORD },
      })
      expect(response.ok()).toBe(true)
    })
  },
})
