/**
 * The built client (dist/index.mjs) against a real HTTP server answering as the public API does:
 * the query it sends, the shape it returns, and the error it throws. Run `npm run build` first.
 */
import assert from 'node:assert/strict'
import http from 'node:http'
import { after, before, test } from 'node:test'

import { apiPaths, publicApiClient, PublicApiError } from '../dist/index.mjs'

let server
let origin
const asked = []

before(async () => {
  server = http.createServer((req, res) => {
    asked.push(req.url)
    const url = new URL(req.url, 'http://localhost')
    if (url.pathname === apiPaths.news)
      return res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ locale: url.searchParams.get('locale'), items: [{ id: 1, title: 'Une actualité' }] }))
    res
      .writeHead(400, { 'content-type': 'application/json' })
      .end(
        JSON.stringify({ error: { status: 400, code: 'invalid_parameter', message: 'limit must be a whole number' } }),
      )
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${server.address().port}`
})
after(() => server.close())

test('reads an endpoint with its parameters, leaving out the ones not given', async () => {
  const news = await publicApiClient(origin).news({ locale: 'fr', limit: 3, category: undefined })
  assert.equal(asked.at(-1), '/api/public/v1/news?locale=fr&limit=3')
  assert.equal(news.locale, 'fr')
  assert.equal(news.items[0].title, 'Une actualité')
})

test('throws a PublicApiError carrying the status and the API’s error', async () => {
  await assert.rejects(
    publicApiClient(origin).events({ limit: 99 }),
    (error) =>
      error instanceof PublicApiError &&
      error.status === 400 &&
      error.body.error.code === 'invalid_parameter' &&
      error.message === 'limit must be a whole number',
  )
})

test('builds item addresses safely', () => {
  assert.equal(apiPaths.newsItem('a/b'), '/api/public/v1/news/a%2Fb')
})
