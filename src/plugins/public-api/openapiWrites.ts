import { z } from 'zod'

import { apiPaths } from './paths'
import { writeEndpoints, type WriteEndpointName } from './writes'

type JsonSchema = Record<string, unknown>

/** A schema as OpenAPI 3.1 embeds it: plain JSON Schema 2020-12, without its own $schema/$id. */
export const bare = ({ $schema: _schema, $id: _id, ...schema }: JsonSchema) => schema

export const componentRef = (id: string) => `#/components/schemas/${id}`

const refusal = (description: string, headers: JsonSchema = {}) => ({
  description,
  headers,
  content: { 'application/json': { schema: { $ref: componentRef('WriteError') } } },
})

/** The POST operation of one write endpoint: its body as the route checks it (zod's input side). */
const writeOperation = (name: WriteEndpointName) => {
  const { summary, request, example, success, perAddress, formPage, query = [] } = writeEndpoints[name]
  const body = bare(z.toJSONSchema(request, { io: 'input' }) as JsonSchema)
  return {
    operationId: name,
    summary,
    ...(query.length && {
      parameters: query.map(({ name: parameter, description, maxLength }) => ({
        name: parameter,
        in: 'query',
        required: false,
        description,
        schema: { type: 'string', maxLength },
      })),
    }),
    requestBody: {
      required: true,
      content: {
        'application/json': { schema: body, example },
        'application/x-www-form-urlencoded': { schema: body },
      },
    },
    responses: {
      [success.status]: {
        description: success.description,
        content: { 'application/json': { schema: bare(z.toJSONSchema(success.schema) as JsonSchema) } },
      },
      303: {
        description: `A plain HTML form post (form-encoded, \`Accept: text/html\`) is sent to ${formPage}.`,
        headers: { Location: { schema: { type: 'string' } } },
      },
      400: refusal('A field is invalid (`error.field` names it), or the link’s token is invalid or expired.'),
      413: refusal('The body is too large.'),
      415: refusal('The body is neither JSON nor a form.'),
      429: refusal(`Too many attempts from this IP${perAddress ? ' or for this address' : ''}; retry later.`, {
        'Retry-After': { schema: { type: 'integer' } },
      }),
      503: refusal('The database is unavailable; retry shortly.', { 'Retry-After': { schema: { type: 'integer' } } }),
    },
  }
}

/** The write endpoints' path items, and the unsubscribe link's GET that mail clients open. */
export const writePaths = () => {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const name of Object.keys(writeEndpoints) as WriteEndpointName[])
    paths[writeEndpoints[name].path] = { post: writeOperation(name) }
  paths[apiPaths.unsubscribe].get = {
    operationId: 'unsubscribePage',
    summary: 'The `List-Unsubscribe` link opened in a browser: sent to the unsubscribe page with its button.',
    parameters: [
      { name: 'token', in: 'query', required: true, schema: { type: 'string' } },
      { name: 'locale', in: 'query', required: false, schema: { type: 'string' } },
    ],
    responses: { 303: { description: 'To the unsubscribe page, in the given locale (else English).' } },
  }
  return paths
}
