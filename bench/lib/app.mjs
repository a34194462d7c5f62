/** The production app for a benchmark: built if needed, on a fresh seeded SQLite file, on a free port. */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ensureBuild } from '../../scripts/lib/build.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const freePort = () =>
  new Promise((resolve) => {
    const probe = net.createServer().listen(0, () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })

export const startApp = async (env = {}) => {
  ensureBuild({ root, log: (m) => console.log(`▸ ${m}`) })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayout-bench-'))
  const port = await freePort()
  const server = spawn(
    process.execPath,
    [path.join(root, 'scripts/serve.mjs'), '--port', String(port), '--hostname', '127.0.0.1'],
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
    databaseUri: `file:${path.join(dir, 'bench.db')}`,
    stop: async () => {
      server.kill('SIGTERM')
      await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)))
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
