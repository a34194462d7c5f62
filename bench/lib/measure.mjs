/** Load generation for the benchmarks: autocannon, with exact percentiles from every response. */
import http from 'node:http'

import autocannon from 'autocannon'

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

/**
 * Hammers `url` with `connections` for `seconds`; req/s and p50/p95/p99 latency in ms.
 * `url` may be a list (instances of one app): the connections are shared out among them, all
 * measured at once, and the figures are the sum and the percentiles of every response.
 * `rate`: requests per second offered in all (autocannon's overallRate); without it, as many as are answered.
 */
export const measure = async ({ url, headers = {}, connections = 32, seconds = 10, rate }) => {
  const urls = [url].flat()
  const times = []
  const results = await Promise.all(
    urls.map((target, index) =>
      autocannon({
        url: target,
        headers,
        connections: Math.floor(connections / urls.length) + (index < connections % urls.length ? 1 : 0),
        duration: seconds,
        ...(rate ? { overallRate: rate / urls.length } : {}),
        setupClient: (client) => client.on('response', (_status, _bytes, responseTime) => times.push(responseTime)),
      }),
    ),
  )
  times.sort((a, b) => a - b)
  const sum = (of) => results.reduce((total, result) => total + of(result), 0)
  const rps = sum((result) => result.requests.average)
  return {
    rps,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: sum((result) => result.errors + result.non2xx),
    bytes: sum((result) => result.throughput.average) / Math.max(1, rps),
  }
}

/** A plain Node http server answering every request with the given bytes: the baseline. */
export const plainServer = async (body, contentType) => {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': body.length })
    res.end(body)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

export const formatRow = (name, m, baseline) =>
  `${name.padEnd(28)} ${m.rps.toFixed(0).padStart(8)} req/s  p50 ${m.p50.toFixed(1).padStart(5)} ms  p95 ${m.p95
    .toFixed(1)
    .padStart(5)} ms  p99 ${m.p99.toFixed(1).padStart(5)} ms  errors ${m.errors}` +
  (baseline ? `  ratio ${(m.rps / baseline.rps).toFixed(3)} ×` : '')
