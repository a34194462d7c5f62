/**
 * The OpenAPI document is complete and valid: it validates as OpenAPI 3.1, lists every route the
 * app answers under the public API (the reads, the public forms' posts, the document itself),
 * each with every method its route file exports, and its read examples are accepted as they are.
 */
import fs from 'node:fs'
import path from 'node:path'

import { Validator } from '@seriousme/openapi-schema-validator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startServer, type TestServer } from '../support/server'

const root = path.resolve(import.meta.dirname, '../..')
const routesDir = path.join(root, 'src/app/api/public/v1')
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

type Operation = { parameters?: { name: string; in: string; example?: unknown }[] }
type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>> }

/** Every route file's path (as OpenAPI writes it) and the HTTP methods it exports; not the catch-all. */
const answeredRoutes = () =>
  fs
    .readdirSync(routesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('route.ts') && !file.includes('[...'))
    .map((file) => {
      const source = fs.readFileSync(path.join(routesDir, file), 'utf8')
      const exported = [
        ...[...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap(([, names]) =>
          names.split(',').map((name) =>
            name
              .trim()
              .split(/\s+as\s+/)
              .at(-1),
          ),
        ),
        ...[...source.matchAll(/export\s+(?:const|async function|function)\s+(\w+)/g)].map(([, name]) => name),
        ...[...source.matchAll(/export\s+const\s*\{([^}]*)\}/g)].flatMap(([, names]) =>
          names.split(',').map((name) => name.trim()),
        ),
      ]
      const dir = path.dirname(file).split(path.sep).join('/')
      return {
        path: `/api/public/v1/${dir.replace(/\[(\w+)\]/g, '{$1}')}`,
        methods: exported.filter((name) => name && methods.includes(name)).map((name) => name!.toLowerCase()),
      }
    })

let server: TestServer
let document: OpenApi

beforeAll(async () => {
  server = await startServer('public_openapi')
  document = await (await fetch(`${server.url}/api/public/v1/openapi.json`)).json()
})
afterAll(async () => server?.stop())

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1', async () => {
    const result = await new Validator().validate(document)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(document.openapi).toBe('3.1.0')
  })

  it('lists every route the app answers under the public API, with each of its methods, and nothing else', () => {
    const routes = answeredRoutes()
    expect(routes.map((route) => route.path)).toContain('/api/public/v1/subscriptions/erase')
    for (const route of routes) {
      expect(route.methods.length, route.path).toBeGreaterThan(0)
      expect(Object.keys(document.paths[route.path] ?? {}).sort(), route.path).toEqual(route.methods.sort())
    }
    expect(Object.keys(document.paths).sort()).toEqual(routes.map((route) => route.path).sort())
  })

  it('gives read examples the API accepts', async () => {
    for (const [template, item] of Object.entries(document.paths)) {
      const parameters = item.get?.parameters ?? []
      if (!parameters.some((parameter) => parameter.example !== undefined)) continue
      let url = template
      const query = new URLSearchParams()
      for (const { name, in: where, example } of parameters)
        if (example !== undefined)
          if (where === 'path') url = url.replace(`{${name}}`, String(example))
          else query.set(name, String(example))
      const response = await fetch(`${server.url}${url}?${query}`)
      // A 404 is an example id with no item in this database; a 400 would be a wrong example.
      expect([200, 404], `${url}?${query}`).toContain(response.status)
    }
  })
})
