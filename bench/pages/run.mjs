#!/usr/bin/env node
/**
 * `npm run bench:pages`: the home page and a news article, served from the front cache, at 32
 * concurrent connections, beside a plain Node http server sending the same bytes in the same run.
 * Targets (issue 3): each page ≥ 0.1 × the plain server's req/s and p95 ≤ 15 ms.
 */
import { startApp } from '../lib/app.mjs'
import { formatRow, measure, plainServer } from '../lib/measure.mjs'

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const app = await startApp()
try {
  const home = `${app.origin}/en`
  const list = await (await fetch(`${app.origin}/en/news`)).text()
  const articlePath = list.match(/href="(\/en\/news\/[^"?]+)"/)?.[1]
  if (!articlePath) throw new Error('no article link on /en/news')
  const pages = [
    ['home page /en', home],
    [`article ${articlePath}`, `${app.origin}${articlePath}`],
  ]
  console.log(`\n32 connections, ${seconds} s each; the plain server sends each page's exact bytes.\n`)
  let pass = true
  for (const [name, url] of pages) {
    // First request renders and caches; the benchmark measures what readers get after it.
    await (await fetch(url)).arrayBuffer()
    const response = await fetch(url)
    const body = Buffer.from(await response.arrayBuffer())
    console.log(`${name}: ${body.length} bytes, x-cache ${response.headers.get('x-cache')}`)
    const plain = await plainServer(body, response.headers.get('content-type') ?? 'text/html')
    const baseline = await measure({ url: plain.url, seconds })
    await plain.close()
    const page = await measure({ url, seconds })
    console.log(formatRow('  plain node http', baseline))
    console.log(formatRow('  wayout (front cache)', page, baseline))
    const ok = page.rps >= 0.1 * baseline.rps && page.p95 <= 15 && page.errors === 0
    console.log(`  target ≥ 0.1 × and p95 ≤ 15 ms: ${ok ? 'met' : 'NOT met'}\n`)
    pass &&= ok
  }
  process.exitCode = pass ? 0 : 1
} finally {
  await app.stop()
}
