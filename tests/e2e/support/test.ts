import http from 'node:http'

import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

export { expect }

type Site = 'wayout' | 'practices'

/** The app started by globalSetup, at one of the two sites' host names (Chromium resolves `*.localhost`). */
export const siteUrl = (path: string, site: Site = 'wayout') =>
  `http://${site}.localhost:${process.env.E2E_PORT}${path}`

/**
 * What an anonymous reader gets for `path` on a site: a plain request with no cookie, from the
 * test process (which cannot resolve `*.localhost`, so it names the site in the Host header).
 */
export const anonymousGet = (path: string, site: Site = 'wayout') =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const request = http.get(
      {
        host: '127.0.0.1',
        port: Number(process.env.E2E_PORT),
        path,
        headers: { host: `${site}.localhost:${process.env.E2E_PORT}` },
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }))
      },
    )
    request.on('error', reject)
  })

/** A request made by the page itself: same origin, same cookies as the reader browsing it. */
export const fetchInPage = (page: Page, path: string) =>
  page.evaluate(async (url) => {
    const response = await fetch(url)
    return { status: response.status, type: response.headers.get('content-type') ?? '' }
  }, path)

/** Fails with the list of WCAG 2.1 A/AA violations axe finds on the page (or in `within`), if any. */
export const expectAccessible = async (page: Page, within?: string) => {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  const { violations } = await (within ? axe.include(within) : axe).analyze()
  expect(
    violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`),
    'axe violations',
  ).toEqual([])
}

export const test = base.extend<{ signIn: () => Promise<void> }>({
  /**
   * Signs the browser in as the e2e administrator, on the project site's host, with the session
   * the global setup signed in: Payload rewrites a user's whole sessions list at each sign-in, so
   * specs signing in at the same moment could drop one another's session.
   */
  signIn: async ({ page }, provide) => {
    await provide(async () => {
      await page
        .context()
        .addCookies([{ name: 'payload-token', value: process.env.E2E_ADMIN_TOKEN!, url: siteUrl('/'), httpOnly: true }])
      await page.goto(siteUrl('/en/legal'))
      const me = await page.evaluate(async () => (await fetch('/api/users/me')).json())
      expect(me.user?.email).toBe(process.env.E2E_ADMIN_EMAIL)
    })
  },
})

/** The emails the app has sent to `address` (through the capture server), oldest first. */
export const emailsTo = async (address: string): Promise<{ subject: string; text: string; html: string }[]> =>
  (await fetch(`${process.env.E2E_CAPTURE_URL}/_capture/emails?to=${encodeURIComponent(address)}`)).json()

/** The first link in `text` whose path contains `part`, as a path the specs can open. */
export const linkIn = (text: string, part: string) => {
  const link = text.match(new RegExp(`https?://\\S*${part}\\S*`))?.[0]
  if (!link) throw new Error(`no ${part} link in:\n${text}`)
  const url = new URL(link)
  return url.pathname + url.search
}
