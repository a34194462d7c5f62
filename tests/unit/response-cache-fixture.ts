/**
 * The front cache (src/plugins/site-cache/pageCache.ts) in front of a real HTTP handler that
 * counts how often it renders, for the response-cache test files: `reply` says what the next
 * renders answer; `hold` keeps a render from answering until the test releases it.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach } from 'vitest'

import { createResponseCache } from '@/plugins/site-cache/pageCache'
import { renderIdHeader, tagRender } from '@/plugins/site-cache/renderTags'

export type Reply = {
  status?: number
  headers?: Record<string, string>
  body?: string
  hold?: Promise<void>
  tags?: string[]
}
export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

// Two sites, as the site directory resolves hosts: any host it does not know is the default site.
export const resolve = (host: string) =>
  host === 'practices.localhost'
    ? { key: 'practices', cacheKey: 'practices@practices.localhost' }
    : { key: 'wayout', cacheKey: 'wayout@' }

/** A promise and the function that settles it: for steps that must happen in order, without timing. */
export const deferred = () => {
  let settle = () => {}
  const promise = new Promise<void>((resolve) => (settle = resolve))
  return { promise, settle }
}

export const frontCacheUnderTest = () => {
  const state = {
    cache: createResponseCache({ maxEntries: 3, resolve, lifetimeMs: () => 60_000 }),
    rendered: 0,
    arrived: 0,
    reply: {} as Reply,
    /** Called as each render starts. */
    onRender: () => {},
    /** Called as each request reaches the cache. */
    onArrival: () => {},
  }
  let server: http.Server
  let port = 0

  const renderPage = (req: http.IncomingMessage, res: http.ServerResponse) => {
    state.rendered++
    const { status = 200, headers = {}, hold, tags = [] } = state.reply
    const body = state.reply.body ?? `rendered #${state.rendered} of ${req.url}`
    // What a page declaration does while rendering (sites/shared/definePage.tsx).
    tagRender(req.headers[renderIdHeader] as string | undefined, tags)
    state.onRender()
    void (hold ?? Promise.resolve()).then(() => {
      res.writeHead(status, { 'content-type': 'text/html', vary: 'rsc, Accept-Encoding', ...headers })
      // Written in two chunks, as a streamed page is.
      res.write(body.slice(0, 5))
      res.end(body.slice(5))
    })
  }

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      state.arrived++
      state.onArrival()
      state.cache.serve(req, res, renderPage)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))
  beforeEach(() => {
    state.cache = createResponseCache({ maxEntries: 3, resolve, lifetimeMs: () => 60_000 })
    Object.assign(state, { rendered: 0, arrived: 0, reply: {}, onRender: () => {}, onArrival: () => {} })
  })

  /** A request; `signal` aborts it (the client leaving). */
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET', signal?: AbortSignal) =>
    new Promise<Answer>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path,
          method,
          headers: { host: 'wayout.localhost', ...headers },
          agent: false,
          signal,
        },
        (response) => {
          let body = ''
          response.setEncoding('utf8')
          response.on('data', (chunk: string) => (body += chunk))
          response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }))
        },
      )
      request.on('error', reject)
      request.end()
    })

  const cached = async (path: string) => (await get(path)).headers['x-cache']
  return { state, get, cached }
}
