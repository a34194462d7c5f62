/**
 * `npm run bench:newsletter`: sends an issue to 2,000 and then 10,000 confirmed subscribers
 * through the capture server, rate-limited like Resend (RESEND_REQUESTS_PER_SECOND, default 2),
 * and prints time and emails/s for each. Baseline, measured in the same run: the same number of
 * 100-email batch calls posted straight to the capture server at the same rate, the floor that
 * Resend's limit sets. Target: 10,000 in ≤ 60 s, and time growing linearly with subscribers.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'

import { startCaptureServer } from '../../scripts/lib/mail-capture.mjs'

const rate = Number(process.env.RESEND_REQUESTS_PER_SECOND ?? 2)
const sizes = (process.env.BENCH_SIZES ?? '2000,10000').split(',').map(Number)
const capture = await startCaptureServer({ requestsPerSecond: rate })
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-bench-newsletter-'))
Object.assign(process.env, {
  RESEND_BASE_URL: capture.url,
  RESEND_REQUESTS_PER_SECOND: String(rate),
  DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
  PAYLOAD_SECRET: 'bench',
  PAYLOAD_JOBS_AUTORUN: 'false',
  NODE_ENV: 'production',
})
const [{ default: config }, { getPayload }, { sendIssue }, { Resend }] = await Promise.all([
  import('@payload-config'),
  import('payload'),
  import('../../src/plugins/newsletter/sending/sender'),
  import('resend'),
])
const payload = await getPayload({ config })
const { prodMigrations } = payload.db as unknown as { prodMigrations: never[] }
await payload.db.migrate({ migrations: prodMigrations })
const db = (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle

/** Subscribers straight into the table: the bench measures sending, not 10,000 sign-ups. */
const addSubscribers = async (prefix: string, count: number) => {
  const confirmed = new Date(Date.now() - 60_000).toISOString()
  for (let start = 0; start < count; start += 500) {
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, n) => {
      const locale = (start + n) % 2 ? 'fr' : 'en'
      return sql`(${`${prefix}-${start + n}@bench.test`}, ${locale}, 'confirmed', ${confirmed}, ${confirmed}, ${confirmed})`
    })
    await db.run(
      sql`INSERT INTO subscribers (email, locale, status, consent_confirmed_at, updated_at, created_at) VALUES ${sql.join(rows, sql`, `)}`,
    )
  }
}

const baseline = async (count: number) => {
  const client = new Resend('re_bench', { baseUrl: capture.url })
  const html = '<p>'.padEnd(15_000, 'x')
  const started = performance.now()
  let next = 0
  for (let batch = 0; batch < Math.ceil(count / 100); batch++) {
    const wait = next - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    next = Math.max(performance.now(), next) + 1000 / rate
    const emails = Array.from({ length: 100 }, (_, n) => ({
      from: 'a@bench.test',
      to: `baseline-${batch}-${n}@bench.test`,
      subject: 's',
      html,
    }))
    for (;;) {
      const { error } = await client.batch.send(emails, { idempotencyKey: `baseline-${count}-${batch}` })
      if (!error) break
      // Like the sender: a 429 at a window's edge means wait and try again.
      if (error.name !== 'rate_limit_exceeded') throw new Error(error.message)
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  return (performance.now() - started) / 1000
}

const results: { size: number; seconds: number; base: number }[] = []
for (const [index, size] of sizes.entries()) {
  await addSubscribers(`run${index}`, size)
  const issue = await payload.create({
    collection: 'newsletters',
    data: { number: 100 + index, title: `Bench ${size}`, status: 'scheduled', scheduledFor: new Date().toISOString() },
  })
  capture.clear()
  const started = performance.now()
  const outcome = await sendIssue(payload, issue.id)
  const seconds = (performance.now() - started) / 1000
  const sent = capture.emails().length
  // The next run sends to its own subscribers only.
  await db.run(sql`UPDATE subscribers SET status = 'unsubscribed'`)
  capture.clear()
  const base = await baseline(sent)
  capture.clear()
  results.push({ size: sent, seconds, base })
  console.log(
    `${String(sent).padStart(6)} emails (${outcome}): ${seconds.toFixed(1)} s, ${(sent / seconds).toFixed(0)} emails/s` +
      ` | baseline (bare batch calls at ${rate}/s): ${base.toFixed(1)} s, ${(sent / base).toFixed(0)} emails/s | ratio ${(seconds / base).toFixed(2)}×`,
  )
}
if (results.length > 1) {
  const [small, large] = [results[0], results[results.length - 1]]
  const perEmail = (result: (typeof results)[number]) => (result.seconds / result.size) * 1000
  console.log(
    `linearity: ${perEmail(small).toFixed(2)} ms/email at ${small.size}, ${perEmail(large).toFixed(2)} ms/email at ${large.size}` +
      ` (${(perEmail(large) / perEmail(small)).toFixed(2)}× per email)`,
  )
}
await payload.destroy()
await capture.close()
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
