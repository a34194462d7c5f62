#!/usr/bin/env node
/**
 * `npm test`: the vitest suites (SQLite, plus PostgreSQL/MongoDB where configured), the client
 * package's own tests, then the Playwright browser specs, then one line totalling them. Arguments go to vitest alone
 * (`npm test -- tests/int/publishing.test.ts`); `npx playwright test` runs the browser specs alone.
 * With TEST_SUMMARY_FILE set, the totals and the failed tests' names are also written there as JSON (CI reads
 * them, and prints the names last, where a truncated log still shows them).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const args = process.argv.slice(2)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-test-'))
const vitestReport = path.join(dir, 'vitest.json')
const playwrightReport = path.join(dir, 'playwright.json')
const run = (command, commandArgs, env = {}) =>
  spawnSync('npx', [command, ...commandArgs], { stdio: 'inherit', env: { ...process.env, ...env } }).status

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null)

const vitestStatus = run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
  ...args,
])
const vitest = read(vitestReport)
// A file that failed before any of its tests ran (e.g. in beforeAll) counts as one failure.
const brokenFiles = vitest
  ? vitest.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((t) => t.status !== 'failed'))
      .length
  : 0
const totals = {
  vitest: vitest
    ? {
        passed: vitest.numPassedTests,
        failed: vitest.numFailedTests + brokenFiles,
        skipped: vitest.numPendingTests + vitest.numTodoTests,
      }
    : { passed: 0, failed: 1, skipped: 0 },
}
if (vitestStatus !== 0 && totals.vitest.failed === 0) totals.vitest.failed = 1

// The reporters' messages carry terminal colours: kept out of the plain-text list.
const firstLine = (text = '') =>
  text
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .find((line) => line.trim())
    ?.trim()
    .slice(0, 200) ?? ''
const failures = (vitest?.testResults ?? []).flatMap((file) => {
  const where = path.relative(process.cwd(), file.name)
  const failed = file.assertionResults.filter((t) => t.status === 'failed')
  if (!failed.length && file.status === 'failed') return [`${where}: ${firstLine(file.message)}`]
  return failed.map((t) => `${where} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`)
})

if (!args.length) {
  // The publishable client package (packages/wayout-client): built, then its own node:test suite.
  const packageRun = spawnSync('npm', ['run', '--silent', 'test:package'], { encoding: 'utf8' })
  process.stdout.write(packageRun.stdout ?? '')
  process.stderr.write(packageRun.stderr ?? '')
  // The summary lines of node:test's reporter: "# pass 6" (tap, Node 20) or "ℹ pass 6" (spec, Node 23+).
  const count = (name) => Number(new RegExp(`^(?:#|ℹ) ${name} (\\d+)$`, 'm').exec(packageRun.stdout ?? '')?.[1] ?? 0)
  totals.package = { passed: count('pass'), failed: count('fail'), skipped: count('skipped') + count('todo') }
  if (packageRun.status !== 0 && totals.package.failed === 0) totals.package.failed = 1
  if (totals.package.failed)
    failures.push(`packages/wayout-client: npm run test:package failed (exit ${packageRun.status}), output above`)

  const status = run('playwright', ['test'], { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport })
  const report = read(playwrightReport)
  const stats = report?.stats
  const specs = (suite) => [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specs)]
  for (const spec of (report?.suites ?? []).flatMap(specs)) {
    for (const test of spec.tests.filter((t) => t.status === 'unexpected')) {
      const error = test.results.at(-1)?.error?.message
      failures.push(`tests/e2e/${spec.file} › ${spec.title} [${test.projectName}]: ${firstLine(error)}`)
    }
  }
  totals.playwright = stats
    ? { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped }
    : { passed: 0, failed: 1, skipped: 0 }
  if (status !== 0 && totals.playwright.failed === 0) totals.playwright.failed = 1
}

const sum = (key) => Object.values(totals).reduce((total, suite) => total + suite[key], 0)
const all = { passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped'), suites: totals, failures }
if (process.env.TEST_SUMMARY_FILE) fs.writeFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify(all))
const detail = Object.entries(totals)
  .map(([name, t]) => `${name}: ${t.passed} passed, ${t.failed} failed`)
  .join('; ')
for (const failure of failures) console.log(`failed: ${failure}`)
console.log(`\nTests: ${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped (${detail})`)
fs.rmSync(dir, { recursive: true, force: true })
process.exit(all.failed ? 1 : 0)
