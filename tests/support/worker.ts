import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

/** `npm run build:worker`: the worker bundle the processes below run (about a second). */
export const buildWorker = () => {
  const result = spawnSync('npm', ['run', 'build:worker'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`npm run build:worker failed (exit ${result.status})`)
}

export type WorkerProcess = {
  process: ChildProcess
  output: () => string
  /** SIGTERM, then the exit code once it has exited. */
  stop: () => Promise<number | null>
}

const spawnWorker = (databaseUri: string, env: Record<string, string>): WorkerProcess => {
  let output = ''
  const child = spawn(process.execPath, [path.join(root, '.next/worker.mjs')], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URI: databaseUri, ...env } as NodeJS.ProcessEnv,
  })
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk))
  const exited = new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  )
  return {
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}

/**
 * One `npm run worker` process (its compiled bundle) on `databaseUri`, once it runs its queues;
 * `env` adds to the test's. Loading Payload's packages sometimes stalls before the first line is
 * printed (the flake scripts/lib/tsx.mjs retries, upstream payload #17757): about one start in
 * five when two start at once on this machine, idle in its event loop with no database connection
 * open. A healthy start takes about 2 s, so a worker silent for 20 s is replaced, up to six times.
 */
export const startWorker = async (databaseUri: string, env: Record<string, string> = {}) => {
  for (let attempt = 1; ; attempt++) {
    const worker = spawnWorker(databaseUri, env)
    try {
      await eventually(
        'the worker running its queues',
        () => worker.output().includes('running the job queues'),
        20_000,
      )
      return worker
    } catch (error) {
      worker.process.kill('SIGKILL')
      if (attempt === 6) throw new Error(`${(error as Error).message}; the last worker printed:\n${worker.output()}`)
    }
  }
}
/** Polls `condition` every 100 ms until it holds, failing with `what` after `ms`. */
export const eventually = async (what: string, condition: () => Promise<boolean> | boolean, ms = 60_000) => {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
