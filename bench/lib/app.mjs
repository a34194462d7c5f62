/**
 * The production app for a benchmark: built if needed, on a fresh seeded SQLite file (or the
 * database `env.DATABASE_URI` names), on a free port. `uncached`: the server that remembers no
 * page or API answer (serve-uncached.mjs), to measure renders.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ensureBuild } from '../../scripts/lib/build.mjs'

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const tick = 1000 / 100 // ms per clock tick of /proc/<pid>/stat (USER_HZ)

export const freePort = () =>
  new Promise((resolve) => {
    const probe = net.createServer().listen(0, () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })

/**
 * `root`: the checkout to run (another built one, to compare); `node`: the Node.js binary that runs
 * it (another version, to compare). The answer's `cpuMs()` is the server's CPU time so far (user +
 * system, from /proc), which other load on the machine distorts far less than wall-clock time.
 */
export const startApp = async (
  env = {},
  { uncached = false, nodeOptions = [], root = here, node = process.execPath } = {},
) => {
  ensureBuild({ root, log: (m) => console.log(`▸ ${m}`) })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-bench-'))
  const port = await freePort()
  const server = spawn(
    node,
    [
      ...nodeOptions,
      path.join(root, uncached ? 'bench/lib/serve-uncached.mjs' : 'scripts/serve.mjs'),
      '--port',
      String(port),
      '--hostname',
      '127.0.0.1',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
        UPLOADS_DIR: path.join(dir, 'uploads'),
        ...env,
      },
    },
  )
  const origin = `http://127.0.0.1:${port}`
  for (let i = 0; i < 480; i++) {
    if (
      await fetch(`${origin}/api/sites?limit=1`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    origin,
    cpuMs: () => {
      const fields = fs.readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ')
      return (Number(fields[11]) + Number(fields[12])) * tick
    },
    databaseUri: env.DATABASE_URI ?? `file:${path.join(dir, 'bench.db')}`,
    stop: async () => {
      server.kill('SIGTERM')
      await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
