import config from '@payload-config'
import { getPayload } from 'payload'
import type { z } from 'zod'

import { cachedResponse, peekResponse, responseKey, type CachedResponse } from '@/plugins/site-cache/apiAnswers'
import { etagOf } from '@/plugins/site-cache/etag'
import { apiTags } from '@/plugins/site-cache/routes'
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

// The same schemas, typed per endpoint: indexed by a generic endpoint name, each still parses to
// that endpoint's own query type.
const schemas: { [E in EndpointName]: z.ZodType<Queries[E]> } = queries

type Checked<E extends EndpointName> = { query: Queries[E] } | { problem: PublicApiProblem }

/** The query as the endpoint takes it, or the 400 to answer (never stored: it reads nothing). */
const check = <E extends EndpointName>(
  name: E,
  url: URL,
  params: Record<string, string>,
  options: Options,
): Checked<E> => {
  for (const [param, schema] of Object.entries(options.pathParams ?? {})) {
    const checked = schema.safeParse(params[param])
    if (!checked.success) return { problem: new PublicApiProblem(400, checked.error.issues[0].message, param) }
  }
  const repeated = [...new Set(url.searchParams.keys())].find((key) => url.searchParams.getAll(key).length > 1)
  if (repeated) return { problem: new PublicApiProblem(400, `${repeated} is given more than once`, repeated) }
  const parsed = schemas[name].safeParse(Object.fromEntries(url.searchParams))
  if (parsed.success) return { query: parsed.data }
  const { parameter, message } = describeIssue(parsed.error, Object.keys(queries[name].shape))
  return { problem: new PublicApiProblem(400, message, parameter) }
}

const problemOf = (error: PublicApiProblem) => {
  const code = error.status === 404 ? 'not_found' : 'invalid_parameter'
  return problemBody(error.status, code, error.message, error.parameter)
}

/** The answer (200, or the endpoint's 404), with the tags of what it shows. */
const compute = async <E extends EndpointName>(
  name: E,
  query: Queries[E],
  host: string,
  params: Record<string, string>,
  run: Run<E>,
) => {
  const tags = apiTags(name, params)
  try {
    const payload = await getPayload({ config })
    const origin = new URL((await resolveSite(payload, host))?.origin ?? configuredOrigin())
    return { status: 200, body: json(await run({ payload, origin }, query, params)), tags }
  } catch (error) {
    if (!(error instanceof PublicApiProblem)) throw error
    return { status: error.status, body: problemOf(error), tags }
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
 * A GET handler for one endpoint. The answer for a query is computed once and then served from
 * memory (with its ETag) until a change touches its tags; the hot path does no more than a lookup.
 * A query the endpoint refuses (400) is answered without being stored.
 */
export const publicEndpoint = <E extends EndpointName>(name: E, run: Run<E>, options: Options = {}) =>
  whenEnabled(async (request, context: { params: Promise<Record<string, string>> }) => {
    const url = new URL(request.url)
    const host = requestHost((header) => request.headers.get(header))
    const key = responseKey({ host, url })
    const stored = key && peekResponse(key)
    if (stored) return send(request, stored)
    // Routes without path parameters are given none.
    const params = (await context.params) ?? {}
    const checked = check(name, url, params, options)
    if ('problem' in checked)
      return new Response(problemOf(checked.problem), {
        status: checked.problem.status,
        headers: { ...corsHeaders, 'cache-control': problemCacheControl, 'content-type': jsonType },
      })
    const answer = () => compute(name, checked.query, host, params, run)
    try {
      if (key) return send(request, await cachedResponse(key, answer, options.ttlMs))
      const { status, body, tags } = await answer()
      return send(request, { status, body, tags, etag: etagOf(body) })
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
