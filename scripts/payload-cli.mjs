#!/usr/bin/env node
/**
 * Runs the Payload CLI and insists on seeing what success prints. The CLI sometimes exits 0
 * having done nothing (upstream payload #17757), so a bare exit code proves nothing here.
 *
 *   node scripts/payload-cli.mjs --expect "Types written" generate:types
 */
import { spawnSync } from 'node:child_process'

const args = process.argv.slice(2)
const expectations = []
while (args[0] === '--expect') {
  expectations.push(new RegExp(args[1]))
  args.splice(0, 2)
}
if (!expectations.length || !args.length) {
  console.error('usage: payload-cli.mjs --expect <regexp> [--expect <regexp>…] <payload command…>')
  process.exit(2)
}

const attempts = 4
for (let attempt = 1; attempt <= attempts; attempt++) {
  const run = spawnSync('npx', ['payload', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim() },
  })
  const output = `${run.stdout}${run.stderr}`
  process.stdout.write(run.stdout)
  process.stderr.write(run.stderr.replace(/^npm warn Unknown user config.*\n/gm, ''))
  if (run.status !== 0) process.exit(run.status ?? 1)
  if (expectations.some((pattern) => pattern.test(output))) process.exit(0)
  console.error(
    `payload ${args.join(' ')}: finished without doing its work (attempt ${attempt} of ${attempts}), retrying`,
  )
}
console.error(`payload ${args.join(' ')}: gave up after ${attempts} attempts`)
process.exit(1)
