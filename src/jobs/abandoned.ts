import type { Payload } from 'payload'

/** How long a job may stay claimed before it counts as abandoned: far longer than any task runs. */
export const abandonedAfterMs = () => Number(process.env.JOBS_ABANDONED_MINUTES ?? 15) * 60_000

/**
 * A process killed while running jobs (SIGKILL, a crash, a lost machine) leaves them claimed
 * (`processing`) for good: Payload never runs a claimed job again, so a scheduled publication or
 * a confirmation email would never happen. Claims older than `abandonedAfterMs` are released and
 * run again. Running a task twice is safe here: publishing is idempotent, a newsletter's sender
 * holds a lease and sends under idempotency keys; at worst a confirmation email goes out twice.
 */
export const releaseAbandonedJobs = async (payload: Payload, now = new Date()) => {
  const claimedBefore = new Date(now.getTime() - abandonedAfterMs()).toISOString()
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: claimedBefore } }] },
    data: { processing: false },
    depth: 0,
  })
  if (docs.length)
    payload.logger.warn(
      { jobs: docs.map((job) => job.id) },
      `jobs: released ${docs.length} abandoned by a stopped process`,
    )
  return docs.length
}
