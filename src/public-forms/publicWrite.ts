import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import type { z } from 'zod'

import { databaseUnavailableMessage, isDatabaseUnavailable } from '@/db/unavailable'
import type { Locale } from '@/i18n/locales'

import { clientIp } from './clientIp'
import { wantsPage } from './formPost'
import { problemKey, problemLocale, problemText, type FormErrorKey } from './problemText'
import { consumeRateLimit, type Endpoint } from './rateLimit'
import { formLocale, PublicWriteProblem, readBody } from './readBody'

export type PublicWriteContext = { payload: Payload; ip: string; request: Request }

const corsHeaders = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'Content-Type',
  'access-control-max-age': '86400',
}

const problemResponse = (
  request: Request,
  problem: PublicWriteProblem,
  { extra, fieldMessages, problemPage }: Pick<Options, 'fieldMessages' | 'problemPage'> & { extra: HeaderMap },
) => {
  const locale = problemLocale(request, problem.locale)
  const key = problemKey(problem, fieldMessages ?? {})
  const headers = {
    ...extra,
    'cache-control': 'no-store',
    ...(problem.retryAfter ? { 'retry-after': String(problem.retryAfter) } : {}),
  }
  if (problemPage && wantsPage(request))
    return new Response(null, { status: 303, headers: { ...headers, location: problemPage(locale, key) } })
  return Response.json(
    {
      error: {
        status: problem.status,
        code: problem.code,
        message: problemText(locale, key),
        ...(problem.field ? { field: problem.field } : {}),
        // What exactly was refused, for the developer of a client; people read `message`.
        ...(problem.message ? { detail: problem.message } : {}),
      },
    },
    { status: problem.status, headers },
  )
}

type HeaderMap = Record<string, string>

type Options = {
  /** The message each field gets when it is refused (keys of the `formErrors` messages). */
  fieldMessages?: Partial<Record<string, FormErrorKey>>
  /** Where a form posted without JavaScript is sent to read a refusal. */
  problemPage?: (locale: Locale, reason: FormErrorKey) => string
}

/**
 * The one wrapper for every public write route: per-IP limit (before the body is even read),
 * the body checked against its schema, the per-address limit, then `handle`. Bad input gets a
 * 4xx with a clear message; only a bug in `handle` is a 500, and says nothing about itself.
 */
export const publicWrite = <Schema extends z.ZodType>({
  endpoint,
  schema,
  maxBytes,
  addressOf,
  cors = false,
  handle,
  fieldMessages,
  problemPage,
}: Options & {
  endpoint: Endpoint
  schema: Schema
  maxBytes: number
  addressOf?: (data: z.output<Schema>) => string | undefined
  cors?: boolean
  handle: (data: z.output<Schema>, context: PublicWriteContext) => Promise<Response>
}) => {
  const extra: HeaderMap = cors ? corsHeaders : {}
  const POST = async (request: Request): Promise<Response> => {
    let locale: Locale | undefined
    try {
      const payload = await getPayload({ config })
      const ip = clientIp(request)
      const limitedIp = await consumeRateLimit(payload, endpoint, { ip })
      if (!limitedIp.ok) throw tooMany(limitedIp.retryAfterSeconds)
      const data = await readBody(request, schema, { maxBytes })
      locale = formLocale(data)
      const address = addressOf?.(data)
      if (address) {
        const limitedAddress = await consumeRateLimit(payload, endpoint, { address })
        if (!limitedAddress.ok) throw tooMany(limitedAddress.retryAfterSeconds)
      }
      const response = await handle(data, { payload, ip, request })
      for (const [name, value] of Object.entries(extra)) response.headers.set(name, value)
      return response
    } catch (error) {
      let problem: PublicWriteProblem
      if (error instanceof PublicWriteProblem) problem = error
      else if (isDatabaseUnavailable(error))
        problem = Object.assign(new PublicWriteProblem(503, 'database_unavailable', databaseUnavailableMessage), {
          retryAfter: 5,
        })
      else {
        console.error(`public write ${endpoint}:`, error)
        problem = new PublicWriteProblem(500, 'server_error', '')
      }
      problem.locale ??= locale
      return problemResponse(request, problem, { extra, fieldMessages, problemPage })
    }
  }
  const OPTIONS = async () => new Response(null, { status: 204, headers: extra })
  return { POST, OPTIONS }
}

const tooMany = (retryAfter: number) =>
  Object.assign(new PublicWriteProblem(429, 'rate_limited', 'Too many attempts.'), { retryAfter })
