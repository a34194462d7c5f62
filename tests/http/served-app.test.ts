/**
 * What a newcomer gets from `npm start`: the built app, migrated and seeded, serving the
 * localised site, the admin panel, REST and GraphQL on one port.
 */
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startServer, type TestServer } from '../support/server'

let server: TestServer

beforeAll(async () => {
  server = await startServer('served')
})
afterAll(async () => server?.stop())

/** One request, redirects not followed; node:http because fetch may not set the Host header. */
const page = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; location?: string; html: string }>((resolve, reject) => {
    http
      .get(`${server.url}${path}`, { headers }, (response) => {
        let html = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (html += chunk))
        response.on('end', () => resolve({ status: response.statusCode!, location: response.headers.location, html }))
      })
      .on('error', reject)
  })

describe('the served app', () => {
  it('sends a visitor at / to their language', async () => {
    expect((await page('/', { 'accept-language': 'fr-FR,fr;q=0.9' })).location).toMatch(/\/fr$/)
    expect((await page('/', { 'accept-language': 'de' })).location).toMatch(/\/de$/)
    expect((await page('/', { 'accept-language': 'ja' })).location).toMatch(/\/en$/)
  })

  it('shows the seeded project in the page language', async () => {
    const en = await page('/en')
    expect(en.status).toBe(200)
    expect(en.html).toContain('<html lang="en"')
    expect(en.html).toContain('Integrated Exit Programme for Prison and Probation')
    expect(en.html).toContain('To develop a common framework to systematically evaluate exit programmes')
    const fr = await page('/fr')
    expect(fr.html).toContain('<html lang="fr"')
    expect(fr.html).toContain('Objectifs')
    expect(fr.html).not.toContain('To develop a common framework to systematically evaluate exit programmes')
  })

  it('answers 404 for a page that does not exist, in any locale', async () => {
    expect((await page('/fr/no-such-page')).status).toBe(404)
    expect((await page('/xx')).location).toMatch(/\/en\/xx$/)
    expect((await page('/en/xx')).status).toBe(404)
  })

  it('picks the site from the host name', async () => {
    const practices = await page('/en', { host: 'practices.localhost' })
    expect(practices.html).toContain('WayOut Promising Practice Repository')
  })

  it('serves the admin panel, which asks for the first user on a fresh install', async () => {
    const admin = await page('/admin')
    expect(admin.status).toBe(200)
    expect(admin.html).toContain('· WayOut CMS</title>')
    expect(admin.html).toContain('create-first-user')
  })

  it('serves REST and GraphQL', async () => {
    const partners = await (await fetch(`${server.url}/api/partners?limit=0`)).json()
    expect(partners.totalDocs).toBe(9)
    const graphql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Project(locale: de) { fullTitle } }' }),
    })
    const { data } = await graphql.json()
    expect(data.Project.fullTitle).toBeTruthy()
    expect(data.Project.fullTitle).not.toBe('Integrated Exit Programme for Prison and Probation')
  })

  it('makes the first registered user an admin', async () => {
    const response = await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'first@example.test',
        password: 'a long first password',
        confirmPassword: 'a long first password',
      }),
    })
    expect(response.status).toBe(200)
    const { user } = await response.json()
    expect(user.roles).toEqual(['admin'])
  })
})
