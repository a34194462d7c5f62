import { z } from 'zod'

import { trainingPaths } from '@/plugins/training/paths'

import { endpoints, examples, queries, schemas, type EndpointName } from './definitions'
import { bare, componentRef, writePaths } from './openapiWrites'
import { apiPaths } from './paths'
import { WriteError } from './writes'

type JsonSchema = Record<string, unknown>

const parameterSchema = (schema: z.ZodType) => {
  const { description, default: defaultValue, ...rest } = bare(z.toJSONSchema(schema, { io: 'input' }) as JsonSchema)
  return {
    description: description as string | undefined,
    schema: { ...rest, ...(defaultValue !== undefined ? { default: defaultValue } : {}) },
  }
}

const responseIdOf = (schema: z.ZodType) => z.globalRegistry.get(schema)?.id as string

const errorResponse = (description: string) => ({
  description,
  headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
  content: { 'application/json': { schema: { $ref: componentRef('Error') } } },
})

/**
 * The OpenAPI 3.1 document of the public API, generated from the same zod definitions the
 * handlers validate with (./definitions.ts).
 */
export const openApiDocument = () => {
  // The definitions name their shapes (`.meta({ id })`) in zod's global registry; each becomes a component.
  const generated = z.toJSONSchema(z.globalRegistry, { uri: componentRef }) as { schemas: Record<string, JsonSchema> }
  const ours = new Set([...schemas, WriteError].map(responseIdOf))
  const components = Object.fromEntries(
    Object.entries(generated.schemas)
      .filter(([id]) => ours.has(id) || JSON.stringify(generated.schemas).includes(`"${componentRef(id)}"`))
      .map(([id, schema]) => [id, bare(schema)]),
  )

  const paths = Object.fromEntries(
    (Object.keys(endpoints) as EndpointName[]).map((name) => {
      const endpoint = endpoints[name]
      const example: Record<string, unknown> = examples[name]
      const pathParameters = Object.entries(endpoint.pathParams ?? {}).map(([param, schema]) => ({
        name: param,
        in: 'path',
        required: true,
        ...parameterSchema(schema),
        ...(param in example ? { example: example[param] } : {}),
      }))
      const queryParameters = Object.entries(queries[name].shape).map(([param, schema]) => ({
        name: param,
        in: 'query',
        required: false,
        ...parameterSchema(schema as z.ZodType),
        ...(param in example ? { example: example[param] } : {}),
      }))
      return [
        endpoint.path,
        {
          get: {
            operationId: name,
            summary: endpoint.summary,
            parameters: [...pathParameters, ...queryParameters],
            responses: {
              200: {
                description: 'OK. Cacheable: `Cache-Control` with `s-maxage` and `stale-while-revalidate`, an `ETag`.',
                headers: {
                  ETag: { schema: { type: 'string' } },
                  'Cache-Control': { schema: { type: 'string' } },
                  'Access-Control-Allow-Origin': { schema: { type: 'string', const: '*' } },
                },
                content: { 'application/json': { schema: { $ref: componentRef(responseIdOf(endpoint.response)) } } },
              },
              304: { description: 'Not modified: the `If-None-Match` ETag is still current.' },
              400: errorResponse('A parameter is invalid; `error.parameter` names it.'),
              ...(endpoint.pathParams ? { 404: errorResponse('No such published item on this site.') } : {}),
              503: errorResponse('The content store is unavailable; retry shortly.'),
            },
          },
        },
      ]
    }),
  )

  const document = {
    [trainingPaths.certificate]: {
      get: {
        operationId: 'trainingCertificate',
        summary: 'A participant’s certificate, as a PDF, with the signed token of their own page.',
        parameters: [{ name: 'token', in: 'query', required: true, schema: { type: 'string', maxLength: 512 } }],
        responses: {
          200: {
            description: 'The certificate, never kept by a shared cache.',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
          400: { description: 'The token is invalid or expired.' },
          404: { description: 'No certificate was issued for this registration.' },
        },
      },
    },
    [trainingPaths.formStrings]: {
      get: {
        operationId: 'trainingFormStrings',
        summary: 'The registration form’s words in a language, for `<wayout-training>`.',
        parameters: [{ name: 'locale', in: 'query', required: false, schema: { type: 'string', maxLength: 5 } }],
        responses: {
          200: { description: 'Labels and messages.', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
    [apiPaths.openapi]: {
      get: {
        operationId: 'openapi',
        summary: 'This document.',
        responses: {
          200: {
            description: 'The OpenAPI 3.1 document, cached for an hour, with an `ETag`.',
            content: { 'application/vnd.oai.openapi+json': { schema: { type: 'object' } } },
          },
          304: { description: 'Not modified: the `If-None-Match` ETag is still current.' },
        },
      },
    },
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'WayOut public API',
      version: '1',
      description:
        'Public content of the WayOut project (published content of live sites, public deliverables), ' +
        'in en, fr, de, pt and nl. Every text falls back to English where it is not translated, and each object ' +
        'lists in `fellBack` which of its fields did. No authentication, no cookies; reads are open to every ' +
        'origin (CORS). The public forms (newsletter, practice submissions) take JSON or a plain HTML form post.',
    },
    servers: [{ url: '/' }],
    paths: { ...paths, ...writePaths(), ...document },
    components: { schemas: components },
  }
}
