/**
 * Runs a TypeScript script with tsx, again if it fails to start. Loading the Payload config
 * through tsx's loader sometimes deadlocks in module evaluation: Node then exits with code 13
 * ("unsettled top-level await") or hangs (the same flake as upstream payload #17757). Our
 * scripts are idempotent, so a retry is safe; a real failure (any other exit code) is not retried.
 */
import { spawn } from 'node:child_process'

const attempt = (script, args, env, timeoutMs) =>
  new Promise((resolve) => {
    // Its own process group, so a hung run is killed with the node process tsx starts under it.
    const child = spawn('npx', ['tsx', script, ...args], { stdio: 'inherit', env, detached: true })
    const timer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), timeoutMs)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolve(signal === 'SIGKILL' ? 'hung' : code)
    })
  })

// A run longer than this counts as hung (TSX_TIMEOUT_SECONDS: a caller knowing its script is quick waits less).
const defaultTimeoutMs = Number(process.env.TSX_TIMEOUT_SECONDS ?? 180) * 1000

export const runTsx = async (
  script,
  args = [],
  { env = process.env, attempts = 4, timeoutMs = defaultTimeoutMs } = {},
) => {
  for (let n = 1; n <= attempts; n++) {
    const result = await attempt(script, args, env, timeoutMs)
    if (result !== 13 && result !== 'hung') return result ?? 1
    console.error(`${script}: ${result === 13 ? 'stalled while loading' : 'hung'}; retrying (${n}/${attempts})`)
  }
  return 1
}

// `node scripts/lib/tsx.mjs script.ts [args…]` from package.json scripts.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [script, ...args] = process.argv.slice(2)
  process.exit(await runTsx(script, args))
}
