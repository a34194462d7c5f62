/** Builds the app when there is no build or the sources are newer than it. */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const sources = [
  'src',
  'collections',
  'globals',
  'sites',
  'migrations',
  'payload.config.ts',
  'next.config.ts',
  'package-lock.json',
]

/** Newest modification time of any file under the given paths. */
const newest = (paths) => {
  let latest = 0
  const visit = (entry) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false })
    if (!stat) return
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child))
    else latest = Math.max(latest, stat.mtimeMs)
  }
  paths.forEach(visit)
  return latest
}

/** What `npm run build` makes: the Next app and the front server that serves it (src/server/front.ts). */
const outputs = ['.next/BUILD_ID', '.next/front-server.mjs', '.next/worker.mjs']

export const ensureBuild = ({ root, log = console.log }) => {
  // The oldest output, 0 when one is missing: a build that stopped half-way is not a build.
  const builtAt = Math.min(
    ...outputs.map((output) => fs.statSync(path.join(root, output), { throwIfNoEntry: false })?.mtimeMs ?? 0),
  )
  if (builtAt >= newest(sources.map((source) => path.join(root, source)))) return false
  log(
    builtAt
      ? 'Sources changed since the last build: rebuilding (about a minute)'
      : 'Building the app (first start only, about a minute)',
  )
  // `npm run build`: the partner widget bundle first, then Next, then the front server.
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`)
  return true
}
