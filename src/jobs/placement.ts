/**
 * Where jobs run. By default (`JOBS=app`) every app process runs them on Payload's schedule: the
 * zero-configuration single instance needs nothing else. With `JOBS=worker` app processes only
 * queue jobs and `npm run worker` processes run them (src/jobs/worker.ts), as many as wanted:
 * job claims are serialized on PostgreSQL (src/db/claimJobsOnce.ts), so each job runs once.
 */
const placements = ['app', 'worker'] as const

export const jobsPlacement = (value = process.env.JOBS || 'app'): (typeof placements)[number] => {
  const placement = placements.find((known) => known === value)
  if (!placement) throw new Error(`JOBS="${value}" is not understood: use ${placements.join(' or ')}`)
  return placement
}

/** Whether this app process runs the queues itself (PAYLOAD_JOBS_AUTORUN=false turns it off, as in tests). */
export const appRunsJobs = () => jobsPlacement() === 'app' && process.env.PAYLOAD_JOBS_AUTORUN !== 'false'
