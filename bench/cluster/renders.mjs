/** Each of many URLs requested once, 32 at a time: what a server does when nothing is cached. */
import autocannon from 'autocannon'

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

/**
 * req/s and p50/p99 over one request to each of `pages` ({ host, path }) on `origin`
 * (measure.mjs's shape); at most one connection per page.
 */
export const measureEach = async ({ origin, pages, connections = 32 }) => {
  const times = []
  const statuses = {}
  let next = 0
  const result = await autocannon({
    url: origin,
    connections: Math.min(connections, pages.length),
    amount: pages.length,
    // A render queued behind 31 others may take many seconds; it is slow, not failed.
    timeout: 60,
    requests: [
      {
        setupRequest: (request) => {
          const { host, path } = pages[next++ % pages.length]
          return { ...request, path, headers: { ...request.headers, host } }
        },
      },
    ],
    setupClient: (client) =>
      client.on('response', (status, _bytes, responseTime) => {
        times.push(responseTime)
        if (status >= 400) statuses[status] = (statuses[status] ?? 0) + 1
      }),
  })
  times.sort((a, b) => a - b)
  return {
    rps: result.requests.total / Math.max(0.001, result.duration),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.non2xx,
    statuses,
  }
}
