import { z } from 'zod'

import { isLocale, type Locale } from '@/i18n/locales'

/**
 * A refusal of bad input: always a 4xx. `message` is for developers (logs, API clients); people
 * get the same problem in their language (publicWrite). `locale` is the form's own, when the body
 * could be read far enough to say it.
 */
export class PublicWriteProblem extends Error {
  locale?: Locale
  /** Seconds until a rate-limited client may try again. */
  retryAfter?: number
  constructor(
    readonly status: 400 | 413 | 415 | 429 | 500 | 503,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message)
  }
}

/** The language a form says it is in (its `locale` field), if it is one of ours. */
export const formLocale = (data: unknown): Locale | undefined => {
  const { locale } = (data ?? {}) as { locale?: unknown }
  return isLocale(locale) ? locale : undefined
}

/** The body's bytes, at most `maxBytes`: reading stops there, whatever the length says (or omits). */
export const readLimited = async (request: Request, maxBytes: number) => {
  const declared = request.headers.get('content-length')
  if (declared !== null && Number(declared) > maxBytes)
    throw new PublicWriteProblem(413, 'too_large', `The request body is larger than ${maxBytes} bytes.`)
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    // Stop reading at once: a body that lies about (or omits) its length is not buffered whole.
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new PublicWriteProblem(413, 'too_large', `The request body is larger than ${maxBytes} bytes.`)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}

const decode = (bytes: Uint8Array) => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new PublicWriteProblem(400, 'invalid_encoding', 'The request body is not valid UTF-8.')
  }
}

/** A form's fields; a name given more than once (checkbox groups) becomes a list. */
const formFields = (text: string) => {
  const fields: Record<string, string | string[]> = {}
  for (const [name, value] of new URLSearchParams(text)) {
    const seen = fields[name]
    fields[name] = seen === undefined ? value : [...[seen].flat(), value]
  }
  return fields
}

/**
 * The body of a public write: JSON or an HTML form, at most `maxBytes`, checked against
 * `schema`. Anything else is a PublicWriteProblem (400, 413 or 415), never an exception of
 * another kind, so bad input can never become a 500.
 */
export const readBody = async <Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  { maxBytes }: { maxBytes: number },
): Promise<z.output<Schema>> => {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  const json = type === 'application/json'
  if (!json && type !== 'application/x-www-form-urlencoded')
    throw new PublicWriteProblem(415, 'unsupported_media_type', 'Send the body as application/json or as a form.')
  const text = decode(await readLimited(request, maxBytes))
  let data: unknown
  if (json) {
    try {
      data = JSON.parse(text)
    } catch {
      throw new PublicWriteProblem(400, 'invalid_json', 'The request body is not valid JSON.')
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw new PublicWriteProblem(400, 'invalid_body', 'The request body must be a JSON object.')
  } else data = formFields(text)
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue.path.map(String).join('.') || undefined
    const message =
      issue.code === 'invalid_type' && issue.input === undefined
        ? `The field “${field}” is required.`
        : field && !issue.message.includes(field) && issue.code !== 'custom'
          ? `${field}: ${issue.message}`
          : issue.message
    const problem = new PublicWriteProblem(400, 'invalid_field', message, field)
    problem.locale = formLocale(data)
    throw problem
  }
  return parsed.data
}
