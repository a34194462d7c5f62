/**
 * Payload's auth routes as people (and attackers) meet them, over real HTTP against the built
 * app, with the capture server standing in for Resend: the password reset round trip, every auth
 * operation at once beside content writes (SQLite has one writer), attempt limits and unlocking.
 */
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startCaptureServer } from '../../scripts/lib/mail-capture.mjs'
import { limits } from '@/public-forms/rateLimit'

import { buildWorld, password, type World } from '../support/fixtures'
import { startServer, type TestServer } from '../support/server'

type Capture = Awaited<ReturnType<typeof startCaptureServer>>

let capture: Capture
let server: TestServer
let world: World
let ipCounter = 0

beforeAll(async () => {
  capture = await startCaptureServer()
  // Each request says it comes from its own address, unless a test names one. A small PostgreSQL
  // pool: transactions holding all of it starved the writes Payload makes beside them, and every
  // request of the simultaneous round below failed (src/db/spareConnections.ts).
  Object.assign(process.env, {
    RESEND_BASE_URL: capture.url,
    RESEND_REQUESTS_PER_SECOND: '50',
    TRUST_PROXY: 'true',
    DATABASE_POOL_SIZE: '4',
  })
  server = await startServer('auth-over-http', async (payload) => {
    world = await buildWorld(payload)
  })
}, 300_000)

afterAll(async () => {
  await server?.stop()
  await capture?.close()
})

const freshIp = () => {
  ipCounter += 1
  return `10.${Math.floor(ipCounter / 250) % 250}.${ipCounter % 250}.7`
}

const call = (pathname: string, { method = 'POST', body, token, ip = freshIp(), headers = {} }: CallOptions = {}) =>
  fetch(`${server.url}${pathname}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `JWT ${token}` } : {}),
      'x-forwarded-for': ip,
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

type CallOptions = { method?: string; body?: unknown; token?: string; ip?: string; headers?: Record<string, string> }

const signIn = async (email: string, secret = password, ip?: string) => {
  const response = await call('/api/users/login', { body: { email, password: secret }, ip })
  expect(response.status).toBe(200)
  return (await response.json()).token as string
}

const resetLinkIn = (html: string | undefined) => {
  const link = html?.match(/href="([^"]+)"/)?.[1]
  if (!link) throw new Error(`no link in:\n${html}`)
  return new URL(link)
}

/** A raw request with a Host header of the requester's choosing, which fetch does not allow. */
const forgotWithHost = (email: string, host: string) =>
  new Promise<number>((resolve, reject) => {
    const target = new URL(`${server.url}/api/users/forgot-password`)
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          host,
          'x-forwarded-host': host,
          'x-forwarded-proto': 'https',
          'x-forwarded-for': freshIp(),
          'content-type': 'application/json',
        },
      },
      (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      },
    )
    request.on('error', reject)
    request.end(JSON.stringify({ email }))
  })

describe('password reset', () => {
  it('emails an absolute link from configuration, which sets a new password that then signs in', async () => {
    const editor = world.users.editor.email
    expect(await forgotWithHost(editor, 'evil.example')).toBe(200)

    const [mail] = capture.emails({ to: editor })
    expect(mail.subject).toBe('Reset Your Password')
    const link = resetLinkIn(mail.html)
    expect(link.origin).toBe(server.url)
    expect(mail.html).not.toContain('evil.example')
    const token = link.pathname.match(/^\/admin\/reset\/([0-9a-f]+)$/)?.[1]
    expect(token).toBeTruthy()

    const reset = await call('/api/users/reset-password', { body: { token, password: 'a brand new passphrase' } })
    expect(reset.status).toBe(200)
    expect((await call('/api/users/login', { body: { email: editor, password } })).status).toBe(401)
    await signIn(editor, 'a brand new passphrase')
  })

  it('writes the email in the language the admin is used in', async () => {
    const partner = world.users.partner.email
    expect(
      (await call('/api/users/forgot-password', { body: { email: partner }, headers: { 'accept-language': 'fr' } }))
        .status,
    ).toBe(200)
    const [mail] = capture.emails({ to: partner })
    expect(mail.subject).toBe('Réinitialisez votre mot de passe')
  })

  it('answers an unknown address exactly as a known one, and sends nothing', async () => {
    const response = await call('/api/users/forgot-password', { body: { email: 'nobody@example.test' } })
    expect(response.status).toBe(200)
    expect(capture.emails({ to: 'nobody@example.test' })).toHaveLength(0)
  })
})

describe('every auth operation at once, beside content writes', () => {
  it('answers each without a server error or a locked database', async () => {
    const admin = await signIn(world.users.admin.email)
    const editor = await signIn(world.users.editor.email, 'a brand new passphrase')
    const partner = await signIn(world.users.partner.email)
    const leaving = await Promise.all([1, 2, 3].map(() => signIn(world.users.editor.email, 'a brand new passphrase')))
    const partnerId = world.users.partner.id
    const round = (n: number) => [
      call('/api/users/login', { body: { email: world.users.admin.email, password } }),
      call('/api/users/login', { body: { email: world.users.partner.email, password: 'wrong' } }),
      call('/api/users/me', { method: 'GET', token: admin }),
      call('/api/users/logout', { token: leaving[n - 1] }),
      call('/api/users/refresh-token', { token: admin }),
      call('/api/users/forgot-password', { body: { email: world.users.admin.email } }),
      call('/api/users/forgot-password', { body: { email: `nobody${n}@example.test` } }),
      call('/api/users/reset-password', { body: { token: `${n}`.repeat(40).slice(0, 40), password: 'whatever else' } }),
      call('/api/users/unlock', { body: { email: world.users.partner.email }, token: admin }),
      call('/api/users/first-register', {
        body: { email: `first${n}@example.test`, password: 'a long password', confirmPassword: 'a long password' },
      }),
      call('/api/users', {
        body: { email: `new${n}@example.test`, password: 'a long password', roles: ['editor'] },
        token: admin,
      }),
      // A partner changing their own password (to the same one, so later tests still sign in).
      call(`/api/users/${partnerId}`, { method: 'PATCH', body: { password }, token: partner }),
      call(`/api/users/${partnerId}`, { method: 'PATCH', body: { name: `Partner ${n}` }, token: admin }),
      call('/api/access', { method: 'GET', token: editor }),
      call('/api/news', {
        body: { title: `Concurrent ${n}`, slug: `concurrent-${n}`, sites: [world.sites.wayout], _status: 'draft' },
        token: editor,
      }),
      call('/api/news', {
        body: {
          title: `Concurrent ${n} bis`,
          slug: `concurrent-${n}-bis`,
          sites: [world.sites.wayout],
          _status: 'draft',
        },
        token: editor,
      }),
    ]
    const responses = await Promise.all([1, 2, 3].flatMap(round))
    const failures = await Promise.all(
      responses
        .filter((response) => response.status >= 500 || response.status === 0)
        .map(async (response) => `${response.url} ${response.status} ${await response.text()}`),
    )
    expect(failures).toEqual([])
    const answered = responses.map((response) => response.status)
    expect(answered.filter((status) => status === 201)).toHaveLength(3 * 3)
    const logout = await call('/api/users/logout', { token: admin })
    expect(logout.status).toBe(200)
  })
})

describe('attempt limits on sign-in and reset', () => {
  it('turns password guessing from one address into 429 with Retry-After, and leaves the account open to its owner', async () => {
    const ip = '198.51.100.77'
    const target = world.users.admin.email
    for (let n = 0; n < limits.login.perIp.points; n += 1) {
      const response = await call('/api/users/login', { body: { email: target, password: `guess ${n}` }, ip })
      expect(response.status).toBe(401)
    }
    const refused = await call('/api/users/login', { body: { email: target, password: 'one more guess' }, ip })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await refused.json()).errors[0].message).toMatch(/Too many attempts: please wait \d+ minute/)
    // Even the right password waits: guessing from this address is over for now.
    expect((await call('/api/users/login', { body: { email: target, password }, ip })).status).toBe(429)
    // Said in the language of whoever asks (the sign-in form's Accept-Language).
    const inFrench = await call('/api/users/login', {
      body: { email: target, password },
      ip,
      headers: { 'accept-language': 'fr' },
    })
    expect((await inFrench.json()).errors[0].message).toMatch(
      /^Trop de tentatives : veuillez patienter \d+ minutes? puis réessayer\.$/,
    )
    // Ten wrong passwords did not lock the owner out.
    await signIn(target)
  })

  it('limits reset emails per account and reset-token guessing per address', async () => {
    const target = world.users.partner.email
    const statuses = []
    for (let n = 0; n <= limits.forgotPassword.perAddress.points; n += 1)
      statuses.push((await call('/api/users/forgot-password', { body: { email: target } })).status)
    expect(statuses.at(-1)).toBe(429)

    const ip = '198.51.100.78'
    const guesses = []
    for (let n = 0; n <= limits.resetPassword.perIp.points; n += 1)
      guesses.push(
        (
          await call('/api/users/reset-password', {
            body: { token: `${n}`.padStart(40, 'a'), password: 'x y z w v' },
            ip,
          })
        ).status,
      )
    expect(guesses.slice(0, -1).every((status) => status === 403)).toBe(true)
    expect(guesses.at(-1)).toBe(429)
  })

  it('counts GraphQL sign-ins with the same limit', async () => {
    const ip = '198.51.100.79'
    const attempt = () =>
      call('/api/graphql', {
        body: { query: `mutation { loginUser(email: "${world.users.editor.email}", password: "nope") { token } }` },
        ip,
      }).then((response) => response.json())
    for (let n = 0; n < limits.login.perIp.points; n += 1) await attempt()
    const answer = await attempt()
    expect(JSON.stringify(answer.errors)).toMatch(/Too many attempts/)
  })
})

describe('unlocking an account', () => {
  it('is refused to a signed-in partner, even for their own account', async () => {
    const partner = await signIn(world.users.partner.email)
    for (const email of [world.users.admin.email, world.users.partner.email]) {
      const response = await call('/api/users/unlock', { body: { email }, token: partner })
      expect(response.status).toBe(403)
    }
  })

  it('is refused to an editor and to the public, and allowed to an admin', async () => {
    const editor = await signIn(world.users.editor.email, 'a brand new passphrase')
    expect((await call('/api/users/unlock', { body: { email: world.users.admin.email }, token: editor })).status).toBe(
      403,
    )
    expect((await call('/api/users/unlock', { body: { email: world.users.admin.email } })).status).toBe(403)
    const admin = await signIn(world.users.admin.email)
    expect((await call('/api/users/unlock', { body: { email: world.users.editor.email }, token: admin })).status).toBe(
      200,
    )
  })
})
