/**
 * A local stand-in for Resend's sending API, for development (`npm run mail:dev`), the tests and
 * the newsletter benchmark: `RESEND_BASE_URL=<its url>` points the resend SDK here. It speaks the
 * parts we use (`POST /emails`, `POST /emails/batch`, idempotency keys, the per-second rate limit
 * and its headers, Resend's error shape), keeps what it receives in memory, and shows it in a
 * small browser inbox. Tests can slow it down or make it fail on purpose.
 */
import { createHash, randomUUID } from 'node:crypto'
import http from 'node:http'

/** @typedef {{ id: string, from: string, to: string[], subject: string, html?: string, text?: string, headers: Record<string, string>, tags: unknown[], replyTo?: unknown, idempotencyKey?: string, batch: boolean, receivedAt: string }} CapturedEmail */

const dayMs = 24 * 60 * 60 * 1000
const maxKept = 100_000

const escapeHtml = (/** @type {unknown} */ value) =>
  String(value ?? '').replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** @param {{ port?: number, host?: string, requestsPerSecond?: number, maxBodyBytes?: number }} [options] */
export async function startCaptureServer({
  port = 0,
  host = '127.0.0.1',
  requestsPerSecond = 0,
  maxBodyBytes = 40 * 1024 * 1024,
} = {}) {
  /** @type {CapturedEmail[]} */
  let emails = []
  /** @type {Map<string, CapturedEmail>} */
  const byId = new Map()
  /** @type {Map<string, { hash: string, status: number, body: unknown, at: number }>} */
  const idempotent = new Map()
  const settings = { requestsPerSecond, delayMs: 0 }
  const faults = { count: 0, status: 503 }
  const window = { second: 0, used: 0 }

  const keep = (/** @type {CapturedEmail} */ email) => {
    emails.push(email)
    byId.set(email.id, email)
    if (emails.length > maxKept)
      for (const dropped of emails.splice(0, emails.length - maxKept)) byId.delete(dropped.id)
  }

  const send = (
    /** @type {http.ServerResponse} */ res,
    /** @type {number} */ status,
    /** @type {unknown} */ body,
    headers = {},
  ) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(JSON.stringify(body))
  }
  const refuse = (res, status, name, message, headers = {}) =>
    send(res, status, { statusCode: status, name, message }, headers)

  /** @returns {string | null} what is wrong with one email, in Resend's words */
  const invalid = (/** @type {any} */ email, /** @type {string} */ where) => {
    if (!email || typeof email !== 'object' || Array.isArray(email)) return `${where} must be an object`
    if (typeof email.from !== 'string' || !email.from) return `${where}: the \`from\` field is required`
    const to = [email.to].flat()
    if (!to.length || to.some((address) => typeof address !== 'string' || !address.includes('@')))
      return `${where}: the \`to\` field must be one or more email addresses`
    if (to.length > 50) return `${where}: at most 50 recipients`
    if (typeof email.subject !== 'string' || !email.subject) return `${where}: the \`subject\` field is required`
    if (typeof email.html !== 'string' && typeof email.text !== 'string')
      return `${where}: \`html\` or \`text\` is required`
    return null
  }

  const captured = (
    /** @type {any} */ email,
    /** @type {string | undefined} */ idempotencyKey,
    /** @type {boolean} */ batch,
  ) => ({
    id: randomUUID(),
    from: email.from,
    to: [email.to].flat(),
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: email.headers ?? {},
    tags: email.tags ?? [],
    replyTo: email.reply_to,
    idempotencyKey,
    batch,
    receivedAt: new Date().toISOString(),
  })

  const readBody = (/** @type {http.IncomingMessage} */ req) =>
    new Promise((resolve, reject) => {
      /** @type {Buffer[]} */
      const chunks = []
      let size = 0
      req.on('data', (chunk) => {
        size += chunk.length
        if (size > maxBodyBytes) {
          reject(Object.assign(new Error('too large'), { tooLarge: true }))
          req.destroy()
        } else chunks.push(chunk)
      })
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      req.on('error', reject)
    })

  const rateHeaders = () => {
    const limit = settings.requestsPerSecond
    if (!limit) return {}
    return {
      'ratelimit-limit': String(limit),
      'ratelimit-remaining': String(Math.max(0, limit - window.used)),
      'ratelimit-reset': '1',
    }
  }

  const api = async (
    /** @type {http.IncomingMessage} */ req,
    /** @type {http.ServerResponse} */ res,
    /** @type {boolean} */ batch,
  ) => {
    if (!/^Bearer \S+/.test(req.headers.authorization ?? ''))
      return refuse(res, 401, 'missing_api_key', 'Missing API key in the authorization header')
    if (settings.requestsPerSecond) {
      const second = Math.floor(Date.now() / 1000)
      if (second !== window.second) Object.assign(window, { second, used: 0 })
      if (window.used >= settings.requestsPerSecond)
        return refuse(res, 429, 'rate_limit_exceeded', 'Too many requests. You can only make requests per second.', {
          'retry-after': '1',
          ...rateHeaders(),
        })
      window.used += 1
    }
    let raw
    try {
      raw = await readBody(req)
    } catch (error) {
      if (/** @type {any} */ (error).tooLarge)
        return refuse(res, 413, 'payload_too_large', 'The request body is too large')
      throw error
    }
    let body
    try {
      body = JSON.parse(raw)
    } catch {
      return refuse(res, 400, 'invalid_json', 'The request body is not valid JSON')
    }
    if (settings.delayMs) await new Promise((resolve) => setTimeout(resolve, settings.delayMs))
    if (faults.count > 0) {
      faults.count -= 1
      return refuse(res, faults.status, 'application_error', 'Injected failure (capture server)')
    }
    const key = req.headers['idempotency-key']
    const idempotencyKey = typeof key === 'string' && key ? key : undefined
    const hash = createHash('sha256').update(raw).digest('hex')
    if (idempotencyKey) {
      const seen = idempotent.get(`${batch}:${idempotencyKey}`)
      if (seen && Date.now() - seen.at < dayMs) {
        if (seen.hash !== hash)
          return refuse(
            res,
            409,
            'invalid_idempotent_request',
            'Same idempotency key used with a different request body',
          )
        return send(res, seen.status, seen.body, rateHeaders())
      }
    }
    const list = batch ? body : [body]
    if (batch && (!Array.isArray(body) || body.length === 0 || body.length > 100))
      return refuse(res, 422, 'validation_error', 'A batch holds between 1 and 100 emails')
    for (const [index, email] of list.entries()) {
      const problem = invalid(email, batch ? `emails[${index}]` : 'email')
      if (problem) return refuse(res, 422, 'validation_error', problem)
    }
    const stored = list.map((email) => captured(email, idempotencyKey, batch))
    stored.forEach(keep)
    const answer = batch ? { data: stored.map(({ id }) => ({ id })) } : { id: stored[0].id }
    if (idempotencyKey)
      idempotent.set(`${batch}:${idempotencyKey}`, { hash, status: 200, body: answer, at: Date.now() })
    send(res, 200, answer, rateHeaders())
  }

  const inbox = (/** @type {http.ServerResponse} */ res) => {
    const rows = [...emails]
      .reverse()
      .slice(0, 500)
      .map(
        (email) =>
          `<tr><td><time datetime="${email.receivedAt}">${escapeHtml(email.receivedAt.replace('T', ' ').slice(0, 19))}</time></td><td>${escapeHtml(email.to.join(', '))}</td><td><a href="/inbox/${email.id}">${escapeHtml(email.subject)}</a></td></tr>`,
      )
      .join('')
    page(
      res,
      'Captured emails',
      `<p>${emails.length} captured. Newest first (at most 500 shown).</p><table><thead><tr><th scope="col">Received</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead><tbody>${rows || '<tr><td colspan="3">Nothing yet.</td></tr>'}</tbody></table>`,
    )
  }

  const mail = (/** @type {http.ServerResponse} */ res, /** @type {CapturedEmail} */ email) => {
    const headers = Object.entries({
      From: email.from,
      To: email.to.join(', '),
      Subject: email.subject,
      ...email.headers,
    })
      .map(([name, value]) => `<tr><th scope="row">${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`)
      .join('')
    page(
      res,
      email.subject,
      `<p><a href="/">← All captured emails</a></p><table>${headers}</table>` +
        (email.html
          ? `<h2>HTML</h2><iframe title="HTML part" sandbox srcdoc="${escapeHtml(email.html)}"></iframe>`
          : '') +
        (email.text ? `<h2>Plain text</h2><pre>${escapeHtml(email.text)}</pre>` : ''),
    )
  }

  const page = (/** @type {http.ServerResponse} */ res, /** @type {string} */ title, /** @type {string} */ body) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; frame-src 'self'",
    })
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} – mail capture</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}iframe{width:100%;height:40rem;border:1px solid #999}pre{white-space:pre-wrap;background:#f6f8fa;padding:1rem}</style>
</head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`)
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://capture')
    const route = `${req.method} ${url.pathname}`
    const handle = async () => {
      if (route === 'POST /emails') return api(req, res, false)
      if (route === 'POST /emails/batch') return api(req, res, true)
      if (route === 'GET /_capture/emails') {
        const to = url.searchParams.get('to')
        return send(res, 200, to ? emails.filter((email) => email.to.includes(to)) : emails)
      }
      if (route === 'DELETE /_capture/emails') {
        emails = []
        byId.clear()
        idempotent.clear()
        return send(res, 200, { cleared: true })
      }
      if (route === 'POST /_capture/faults' || route === 'POST /_capture/settings') {
        const body = JSON.parse((await readBody(req)) || '{}')
        if (route.endsWith('faults'))
          Object.assign(faults, { count: Number(body.count ?? 1), status: Number(body.status ?? 503) })
        else Object.assign(settings, body)
        return send(res, 200, { faults, settings })
      }
      const emailMatch = /^\/(emails|inbox)\/([\w-]+)$/.exec(url.pathname)
      if (req.method === 'GET' && emailMatch) {
        const email = byId.get(emailMatch[2])
        if (!email) return refuse(res, 404, 'not_found', 'Email not found')
        return emailMatch[1] === 'inbox' ? mail(res, email) : send(res, 200, { object: 'email', ...email })
      }
      if (route === 'GET /') return inbox(res)
      refuse(res, 404, 'not_found', 'Unknown endpoint')
    }
    handle().catch((error) => {
      if (!res.headersSent) refuse(res, 400, 'invalid_request', String(error?.message ?? error))
    })
  })

  await new Promise((resolve) => server.listen(port, host, () => resolve(undefined)))
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  const url = `http://${host}:${address.port}`
  return {
    url,
    port: address.port,
    /** @param {{ to?: string }} [filter] */
    emails: (filter = {}) =>
      filter.to ? emails.filter((email) => email.to.includes(/** @type {string} */ (filter.to))) : [...emails],
    clear: () => {
      emails = []
      byId.clear()
      idempotent.clear()
    },
    /** @param {Partial<typeof settings>} changes */
    settings: (changes) => Object.assign(settings, changes),
    failNext: (count = 1, status = 503) => Object.assign(faults, { count, status }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve(undefined))
      }),
  }
}
