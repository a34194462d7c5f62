/**
 * Payload's REST and GraphQL handlers answer 500 to a body they cannot parse (multipart garbage,
 * a `_payload` field that is not JSON, and for GraphQL even malformed JSON): their parse errors
 * carry no client status. This wrapper reads a copy of the body the way Payload will and refuses
 * what Payload could not read (or the database could not hold) with a 400 in Payload's own error
 * shape, before Payload sees it.
 */

const bodyMethods = new Set(['POST', 'PATCH', 'PUT'])

// A NUL character or a lone UTF-16 surrogate: PostgreSQL's text cannot hold either, so a query or
// write carrying one fails in the database (a 500) instead of matching or storing nothing.
const unstorable = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** Whether any key or string in `value` holds what no text column can store. */
const holdsUnstorable = (value: unknown): boolean =>
  typeof value === 'string'
    ? unstorable.test(value)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).some(([key, item]) => unstorable.test(key) || holdsUnstorable(item))
      : false

const jsonObjectProblem = (text: string, what: string): string | undefined => {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return `${what} is not valid JSON.`
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return `${what} must be a JSON object.`
  return holdsUnstorable(data) ? `${what} contains a NUL character or an unpaired surrogate.` : undefined
}

/** What is wrong with the request's body, as Payload would read it; undefined if nothing is. */
export const malformedBodyProblem = async (request: Request): Promise<string | undefined> => {
  if (!bodyMethods.has(request.method.toUpperCase()) || !request.body) return undefined
  // Payload's own test of the type (addDataAndFileToRequest): exact for JSON, loose for multipart.
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]
  if (type === 'application/json') {
    const text = await request.clone().text()
    return text ? jsonObjectProblem(text, 'The request body') : undefined
  }
  if (type.includes('multipart/')) {
    let form: FormData
    try {
      form = await request.clone().formData()
    } catch {
      return 'The request body is not valid multipart/form-data.'
    }
    const fields = form.get('_payload')
    return typeof fields === 'string' ? jsonObjectProblem(fields, 'The “_payload” field') : undefined
  }
  return undefined
}

/** `handler`, refusing a body Payload could not parse with a 400. */
export const refuseMalformedBody =
  <Context>(handler: (request: Request, context: Context) => Promise<Response>) =>
  async (request: Request, context: Context): Promise<Response> => {
    const problem = await malformedBodyProblem(request)
    if (problem) return Response.json({ errors: [{ message: problem }] }, { status: 400 })
    return handler(request, context)
  }
