/**
 * A job left claimed by a process that died (killed mid-run) runs again once its claim is old
 * enough; a job another process is running now keeps its claim.
 */
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'

import { changedRows } from '@/db/statements'
import { abandonedAfterMs, releaseAbandonedJobs } from '@/jobs/abandoned'

import { withWorld } from '../support/world'

const t = withWorld('jobs_abandoned')

const claimed = async (claimedAt: Date) => {
  const job = await t.payload.jobs.queue({
    task: 'sendConfirmation',
    input: { subscriber: '0', requestedAt: claimedAt.toISOString(), origin: 'http://localhost' },
  })
  await changedRows(
    t.payload,
    sql`UPDATE payload_jobs SET processing = ${true}, updated_at = ${claimedAt.toISOString()} WHERE id = ${job.id}`,
  )
  return job.id
}

describe('jobs abandoned by a stopped process', () => {
  it('releases claims older than the bound and keeps the recent ones', async () => {
    const now = new Date()
    const abandoned = await claimed(new Date(now.getTime() - abandonedAfterMs() - 60_000))
    const running = await claimed(new Date(now.getTime() - 60_000))

    expect(await releaseAbandonedJobs(t.payload, now)).toBe(1)

    const processing = async (id: number | string) =>
      (await t.payload.findByID({ collection: 'payload-jobs', id, depth: 0 })).processing
    expect(await processing(abandoned)).toBe(false)
    expect(await processing(running)).toBe(true)
  })
})
