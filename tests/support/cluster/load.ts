/**
 * Small concurrent loops of requests that keep running while a test breaks something, recording
 * every answer: what readers and an editor would have seen during the fault.
 */

export type ReadTally = { ok: number; failures: string[] }

const describeError = (error: unknown) => {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : ''
  return `${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ''}`
}

/**
 * `readers` loops reading `urlOf(0)`, `urlOf(1)`… in turn; a failure is a network error or a
 * status ≥ 400.
 */
export const readLoad = (urlOf: (n: number) => string, readers = 4) => {
  let running = true
  const tally: ReadTally = { ok: 0, failures: [] }
  const loop = async (offset: number) => {
    for (let n = offset; running; n += readers) {
      const url = urlOf(n)
      try {
        const response = await fetch(url, { redirect: 'manual' })
        await response.arrayBuffer()
        if (response.status < 400) tally.ok++
        else tally.failures.push(`${response.status} ${url}`)
      } catch (error) {
        tally.failures.push(`${url}: ${describeError(error)}`)
      }
    }
  }
  const loops = Array.from({ length: readers }, (_, n) => loop(n))
  return {
    tally,
    /** Resolves once `count` more reads have succeeded than when called. */
    moreReads: (count: number) =>
      until(
        () => tally.ok,
        count,
        () => `${tally.ok} reads, failures: ${countsOf(tally.failures.map((failure) => failure.slice(0, 60)))}`,
      ),
    stop: async () => {
      running = false
      await Promise.all(loops)
      return tally
    },
  }
}

export type WriteRecord = { title: string; status: number; id?: number; body: string }

/**
 * `writers` loops of an editor creating published news items through `url`'s REST API, each
 * with a unique title; every answer is recorded (2xx: acknowledged, with the stored id).
 */
export const writeLoad = (url: string, { token, siteId }: { token: string; siteId: number }, writers = 2) => {
  let running = true
  const records: WriteRecord[] = []
  const run = Math.random().toString(36).slice(2, 8)
  let counter = 0
  const loop = async () => {
    while (running) {
      const title = `Written under load ${run} ${++counter}`
      try {
        const response = await fetch(`${url}/api/news?depth=0`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
          body: JSON.stringify({ title, sites: [siteId], _status: 'published' }),
        })
        const body = await response.text()
        const id = response.ok ? (JSON.parse(body) as { doc: { id: number } }).doc.id : undefined
        records.push({ title, status: response.status, id, body })
      } catch (error) {
        records.push({ title, status: 0, body: describeError(error) })
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const loops = Array.from({ length: writers }, loop)
  const count = (test: (record: WriteRecord) => boolean) => records.filter(test).length
  return {
    records,
    /** Resolves once `count` more writes have answered `status` (a predicate) than when called. */
    more: (test: (record: WriteRecord) => boolean, more: number) =>
      until(
        () => count(test),
        more,
        () =>
          `writes by status: ${countsOf(records.map((record) => record.status))}, last: ${records.at(-1)?.body.slice(0, 200)}`,
      ),
    stop: async () => {
      running = false
      await Promise.all(loops)
      return records
    },
  }
}

/** Waits, polling, until `value()` has grown by `by`; after `ms`, fails saying what it saw. */
const until = async (value: () => number, by: number, seen: () => string, ms = 30_000) => {
  const target = value() + by
  const deadline = Date.now() + ms
  while (value() < target) {
    if (Date.now() > deadline) throw new Error(`waited ${ms / 1000} s for ${by} more; so far ${seen()}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const countsOf = (values: (string | number)[]) =>
  JSON.stringify(values.reduce<Record<string, number>>((counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }), {}))
