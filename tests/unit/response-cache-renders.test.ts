/**
 * The front cache while renders are in flight (src/plugins/site-cache/pageCache.ts, through
 * response-cache-fixture.ts): a change during a render, one render per key for a burst of
 * readers (given the previous copy for a second after the change, then waiting), a render abandoned by its client, the stale copy on a failure, and the bounds. Then
 * the public API's answer store (apiAnswers.ts), which follows the same model.
 */
import { describe, expect, it } from 'vitest'

import { cachedResponse, peekResponse } from '@/plugins/site-cache/apiAnswers'
import { contentChanged } from '@/plugins/site-cache/contentChanges'
import { createResponseCache } from '@/plugins/site-cache/pageCache'

import { deferred, frontCacheUnderTest, resolve } from './response-cache-fixture'

const { state, get, cached } = frontCacheUnderTest()

/** 50 readers of /en/news, all arrived while the first one's render is held, then released. */
const burstDuringOneRender = async () => {
  const release = deferred()
  const allArrived = deferred()
  const before = state.arrived
  state.reply = { hold: release.promise }
  state.onArrival = () => state.arrived === before + 50 && allArrived.settle()
  const burst = Promise.all(Array.from({ length: 50 }, () => get('/en/news')))
  await allArrived.promise
  release.settle()
  return burst
}

describe('the front response cache, renders in flight', () => {
  it('does not store a page rendered across a change that touches it', async () => {
    const release = deferred()
    const started = deferred()
    state.reply = { hold: release.promise }
    state.onRender = started.settle
    const slow = get('/en/about')
    await started.promise
    state.cache.invalidate(['partners'])
    release.settle()
    await slow
    expect(await cached('/en/about')).toBe('MISS')
  })

  it('renders a burst of readers arriving just after a change once; meanwhile the others get the previous copy, kept by no shared cache', async () => {
    const before = await get('/en/news')
    state.cache.invalidate(['news'])
    const [rendered, ...others] = await burstDuringOneRender()
    expect(state.rendered).toBe(2)
    expect(rendered.headers['x-cache']).toBe('MISS')
    expect(rendered.body).not.toBe(before.body)
    expect(others.map((response) => response.headers['x-cache'])).toEqual(others.map(() => 'UPDATING'))
    expect(new Set(others.map((response) => response.body))).toEqual(new Set([before.body]))
    expect(new Set(others.map((response) => response.headers['cache-control']))).toEqual(new Set(['no-store']))
    expect((await get('/en/news')).body).toBe(rendered.body)
  })

  it('makes readers wait for the render, and get it, once the copy went stale longer ago than updatingMs', async () => {
    state.cache = createResponseCache({ resolve, lifetimeMs: () => 60_000, updatingMs: 0 })
    await get('/en/news')
    state.cache.invalidate(['news'])
    await new Promise((resolve) => setTimeout(resolve, 5))
    const answers = await burstDuringOneRender()
    expect(state.rendered).toBe(2)
    expect(answers.filter((response) => response.headers['x-cache'] === 'MISS')).toHaveLength(1)
    expect(answers.filter((response) => response.headers['x-cache'] === 'HIT')).toHaveLength(49)
    expect(new Set(answers.map((response) => response.body)).size).toBe(1)
  })

  it('hands a render its client left to one waiting reader; the others wait for that one', async () => {
    const never = deferred()
    const started = deferred()
    const allArrived = deferred()
    state.reply = { hold: never.promise }
    state.onRender = started.settle
    state.onArrival = () => state.arrived === 6 && allArrived.settle()
    const leaving = new AbortController()
    const left = get('/en/events', {}, 'GET', leaving.signal).catch((error: Error) => error.name)
    await started.promise
    const waiting = Promise.all(Array.from({ length: 5 }, () => get('/en/events')))
    await allArrived.promise
    state.reply = {}
    leaving.abort()
    const answers = await waiting
    expect(await left).toBe('AbortError')
    expect(state.rendered).toBe(2)
    expect(answers.map((response) => response.status)).toEqual([200, 200, 200, 200, 200])
    expect(answers.filter((response) => response.headers['x-cache'] === 'MISS')).toHaveLength(1)
    expect(new Set(answers.map((response) => response.body)).size).toBe(1)
    never.settle()
  })

  it('answers with the stale copy, marked so, when its new render fails with a 5xx', async () => {
    const good = await get('/en/events')
    state.cache.invalidate(['events'])
    state.reply = { status: 503 }
    const failed = await get('/en/events')
    expect(failed.status).toBe(200)
    expect(failed.headers['x-cache']).toBe('STALE')
    expect(failed.body).toBe(good.body)
    state.reply = {}
    expect((await get('/en/events')).body).not.toBe(good.body)
  })

  it('holds at most maxEntries pages, dropping the least recently used', async () => {
    for (const path of ['/en/1', '/en/2', '/en/3', '/en/4']) await get(path)
    expect(state.cache.entries).toBe(3)
    expect(await cached('/en/1')).toBe('MISS')
    expect(await cached('/en/4')).toBe('HIT')
  })

  it('holds at most maxBytes', async () => {
    state.cache = createResponseCache({ maxBytes: 10_000, resolve, lifetimeMs: () => 60_000 })
    state.reply = { body: 'x'.repeat(3_000) }
    for (const path of ['/en/1', '/en/2', '/en/3', '/en/4']) await get(path)
    expect(state.cache.entries).toBe(2)
  })
})

describe('the public API answer store', () => {
  const answer = (text: string) => async () => ({ status: 200, body: Buffer.from(text), tags: ['sites', 'news'] })

  it('computes an answer once for simultaneous askers, then remembers it', async () => {
    let computed = 0
    const compute = async () => {
      computed++
      await new Promise((resolve) => setTimeout(resolve, 20))
      return answer('first')()
    }
    const answers = await Promise.all(Array.from({ length: 20 }, () => cachedResponse('unit:once', compute)))
    expect(computed).toBe(1)
    expect(new Set(answers.map((a) => a.etag)).size).toBe(1)
    expect(peekResponse('unit:once')?.body.toString()).toBe('first')
  })

  it('drops answers a change touches, keeps the others, and answers the stale copy when computing fails', async () => {
    await cachedResponse('unit:news', answer('old news'))
    await cachedResponse('unit:partners', async () => ({ status: 200, body: Buffer.from('p'), tags: ['partners'] }))
    await contentChanged({ kind: 'collection', slug: 'news', id: 1 })
    expect(peekResponse('unit:news')).toBeUndefined()
    expect(peekResponse('unit:partners')?.body.toString()).toBe('p')
    const failing = () => Promise.reject(new Error('database unreachable'))
    expect((await cachedResponse('unit:news', failing)).body.toString()).toBe('old news')
    await expect(cachedResponse('unit:never-stored', failing)).rejects.toThrow('database unreachable')
  })
})
