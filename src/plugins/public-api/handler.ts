import config from '@payload-config'
import { getPayload } from 'payload'
import type { z } from 'zod'

import { cachedResponse, peekResponse, responseKey, type CachedResponse } from '@/plugins/site-cache/apiAnswers'
import { requestHost } from '@/plugins/site-tenancy/requestHost'
import { resolveSite } from '@/plugins/site-tenancy/resolveSite'
import { queries, type EndpointName, type Queries } from '@/plugins/public-api/definitions'
import { PublicApiProblem, type Context } from '@/plugins/public-api/queries'
import { configuredOrigin } from '@/server/origins'

import { corsHeaders, headersOf, jsonType, stillFresh } from './answers'
import { publicApiEnabled } from './index'

/** Errors the store does not hold (unknown paths): cacheable for a minute, like a 400. */
const problemCacheControl = 'public, max-age=60, s-maxage=60'

const json = (value: unknown) => Buffer.from(JSON.stringify(value))

const problemBody = (status: number, code: string, message: string, parameter?: string) =>
  json({ error: { status, code, message, ...(parameter ? { parameter } : {}) } })

// The same headers as the front server sends for a remembered answer (answers.ts).
const send = (request: Request, answer: CachedResponse) => {
  const headers = new Headers(headersOf(answer))
  if (stillFresh(request.headers.get('if-none-match'), answer.etag)) return new Response(null, { status: 304, headers })
  headers.set('content-type', jsonType)
  // A Buffer is a Uint8Array: sent as it is, without copying.
  return new Response(answer.body, { status: answer.status, headers })
}

/** The first problem zod found, as one sentence naming the parameter. */
const describeIssue = (error: z.ZodError, known: string[]) => {
  const issue = error.issues[0]
  if (issue.code === 'unrecognized_keys')
    return {
      parameter: issue.keys[0],
      message: `unknown parameter "${issue.keys[0]}"; this endpoint takes ${known.join(', ')}`,
    }
  const parameter = String(issue.path[0] ?? '')
  return { parameter, message: issue.message.startsWith(parameter) ? issue.message : `${parameter}: ${issue.message}` }
}

type Run<E extends EndpointName> = (ctx: Context, query: Queries[E], params: Record<string, string>) => Promise<unknown>

type Options = {
  /** Validates the path's own parameters (e.g. an id); a message for the 400 when one is wrong. */
  pathParams?: Record<string, z.ZodType<string>>
  /** For answers that depend on the clock, not only on content. */
  ttlMs?: number
}

const compute = async <E extends EndpointName>(
  name: E,
  url: URL,
  host: string,
  params: Record<string, string>,
  run: Run<E>,
  { pathParams = {} }: Options,
) => {
  try {
    for (const [param, schema] of Object.entries(pathParams)) {
      const checked = schema.safeParse(params[param])
      if (!checked.success) throw new PublicApiProblem(400, checked.error.issues[0].message, param)
    }
    const repeated = [...new Set(url.searchParams.keys())].find((key) => url.searchParams.getAll(key).length > 1)
    if (repeated) throw new PublicApiProblem(400, `${repeated} is given more than once`, repeated)
    const schema = queries[name]
    const parsed = schema.safeParse(Object.fromEntries(url.searchParams))
    if (!parsed.success) {
      const { parameter, message } = describeIssue(parsed.error, Object.keys(schema.shape))
      throw new PublicApiProblem(400, message, parameter)
    }
    const payload = await getPayload({ config })
    const origin = new URL((await resolveSite(payload, host))?.origin ?? configuredOrigin())
    return { status: 200, body: json(await run({ payload, origin }, parsed.data as Queries[E], params)) }
  } catch (error) {
    if (!(error instanceof PublicApiProblem)) throw error
    const code = error.status === 404 ? 'not_found' : 'invalid_parameter'
    return { status: error.status, body: problemBody(error.status, code, error.message, error.parameter) }
  }
}

const notFound = (message: string) =>
  new Response(problemBody(404, 'not_found', message), {
    status: 404,
    headers: { ...corsHeaders, 'cache-control': problemCacheControl, 'content-type': jsonType },
  })

/** Any other path under the API: a JSON 404 that cross-origin pages can read. */
export const unknownEndpoint = async (request: Request) =>
  notFound(`no endpoint ${request.method} ${new URL(request.url).pathname}; see /api/public/v1/openapi.json`)

/** The handler while the publicApi() plugin is in the Payload config, else a 404 (index.ts). */
export const whenEnabled =
  <A extends unknown[]>(handler: (request: Request, ...rest: A) => Promise<Response> | Response) =>
  async (request: Request, ...rest: A): Promise<Response> =>
    publicApiEnabled(await config)
      ? handler(request, ...rest)
      : notFound('the public API is not enabled on this server')

/**
 * A GET handler for one endpoint. The answer for a URL is computed once and then served from
 * memory (with its ETag) until public content changes; the hot path does no more than a lookup.
 */
export const publicEndpoint = <E extends EndpointName>(name: E, run: Run<E>, options: Options = {}) =>
  whenEnabled(async (request, context: { params: Promise<Record<string, string>> }) => {
    const url = new URL(request.url)
    const host = requestHost((header) => request.headers.get(header))
    const key = responseKey({ host, path: `${url.pathname}${url.search}` })
    const stored = peekResponse(key)
    if (stored) return send(request, stored)
    try {
      const params = await context.params
      const answer = await cachedResponse(key, () => compute(name, url, host, params, run, options), options.ttlMs)
      return send(request, answer)
    } catch (error) {
      console.error(`public API ${url.pathname}${url.search}:`, error)
      return new Response(problemBody(503, 'unavailable', 'temporarily unavailable, try again shortly'), {
        status: 503,
        headers: { ...corsHeaders, 'cache-control': 'no-store', 'content-type': jsonType, 'retry-after': '5' },
      })
    }
  })

/** CORS preflight: only needed by clients that send their own headers (e.g. If-None-Match). */
export const preflight = async () =>
  new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      'access-control-allow-methods': 'GET, HEAD, OPTIONS',
      'access-control-allow-headers': 'If-None-Match, Content-Type',
      'access-control-max-age': '86400',
    },
  })

/** CORS preflight for the unknown paths, so that a cross-origin POST learns of the 404. */
export const unknownPreflight = async () =>
  new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type',
      'access-control-max-age': '600',
    },
  })
