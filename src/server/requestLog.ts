import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { operations } from './processState'

/** What a proxy's request id may look like; anything else is replaced by our own. */
const idPattern = /^[\w.:@/+=-]{1,128}$/

/**
 * The request's id: our proxy's `X-Request-Id` when it is trusted (TRUST_PROXY=true, as for the
 * client's address in src/public-forms/clientIp.ts), otherwise a new one. Set on the request for
 * Next's handlers (always overwritten) and echoed in the response.
 */
const requestId = (req: IncomingMessage, res: ServerResponse) => {
  const given = process.env.TRUST_PROXY === 'true' ? req.headers['x-request-id'] : undefined
  const id = typeof given === 'string' && idPattern.test(given) ? given : randomUUID()
  req.headers['x-request-id'] = id
  res.setHeader('x-request-id', id)
  return id
}

/** Query values worth keeping in a log line; every other value (tokens, emails, search words) is dropped. */
const loggedValues = new Set(['locale', 'site', 'page', 'limit', 'depth', 'sort', 'draft'])
/** Path segments that carry a secret after them (Payload's password reset and email verification links). */
const secretAfter = new Set(['reset', 'verify'])

/** The path without personal data: secret path segments and most query values replaced by "…". */
export const loggablePath = (url = '/') => {
  const [pathname, query] = url.split('?', 2)
  const segments = pathname.split('/')
  const path = segments.map((segment, index) => (index > 0 && secretAfter.has(segments[index - 1]) ? '…' : segment))
  if (query === undefined) return path.join('/')
  const params = [...new URLSearchParams(query)].map(([name, value]) =>
    loggedValues.has(name) ? `${name}=${encodeURIComponent(value)}` : `${name}=…`,
  )
  return `${path.join('/')}?${params.join('&')}`
}

const probes = new Set(['/healthz', '/readyz'])

/**
 * One JSON line per request through Payload's logger (pino) once Payload has started, plain JSON
 * on stdout before: id, method, path (as `loggablePath`), status, duration, bytes sent, whether a
 * front cache answered. No address, no cookie, no header values. Health probes log at debug level.
 */
export const logRequest = (req: IncomingMessage, res: ServerResponse) => {
  const started = performance.now()
  const sentBefore = req.socket.bytesWritten
  const id = requestId(req, res)
  res.once('close', () => {
    const line = {
      msg: 'request',
      id,
      method: req.method,
      path: loggablePath(req.url),
      status: res.statusCode,
      ms: Math.round((performance.now() - started) * 10) / 10,
      bytes: req.socket.bytesWritten - sentBefore,
      cache: res.getHeader('x-cache') ?? undefined,
      ...(res.writableFinished ? {} : { aborted: true }),
    }
    const logger = operations().payload?.logger
    const probe = probes.has(line.path)
    if (logger) logger[probe ? 'debug' : 'info'](line)
    else if (!probe) process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), ...line })}\n`)
  })
}
