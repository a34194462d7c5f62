/**
 * `npm run worker`: runs the job queues (scheduled publishing, confirmation retries, newsletter
 * sending) apart from the app; start app instances with JOBS=worker so they only queue jobs. Run
 * as many as wanted on one PostgreSQL database: each job is claimed once (src/db/claimJobsOnce.ts).
 * On SIGTERM or SIGINT it finishes the jobs in hand within SHUTDOWN_TIMEOUT_SECONDS (a newsletter
 * stops between two batches and another worker resumes it), gives back its leases and exits 0.
 * Compiled by `npm run build:worker` into .next/worker.mjs, so no TypeScript loader runs in production.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { databaseKind, defaultDatabaseUri } from '@/db/adapter'
import { beginStopping, releaseLeases } from '@/jobs/stopping'
import { runQueues } from '@/jobs/worker'
import { shutdownTimeoutMs } from '@/server/shutdown'

const payload = await getPayload({ config })
// Claims are serialized on PostgreSQL only (src/db/claimJobsOnce.ts): two processes running jobs on
// one SQLite file can both claim a job. Nothing here can see the other processes, so say it.
if (databaseKind(process.env.DATABASE_URI || defaultDatabaseUri) === 'sqlite')
  payload.logger.warn(
    'worker: on SQLite run exactly one process that runs jobs (this worker, app processes started with JOBS=worker); with several, a job can run twice. Use PostgreSQL for several workers.',
  )
const running = runQueues(payload, {
  pollMs: Number(process.env.JOBS_POLL_SECONDS ?? 5) * 1000,
  resumeEveryMs: 60_000,
})

const stop = async (signal: string) => {
  payload.logger.info(`worker: ${signal}: finishing the jobs in hand`)
  beginStopping()
  await Promise.race([running, new Promise((resolve) => setTimeout(resolve, shutdownTimeoutMs()).unref())])
  await releaseLeases()
  await payload.destroy().catch(() => {})
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stop(signal))
