/**
 * Runs once when the server starts (not during `next build`): initialising Payload applies the
 * migrations, and an empty database is seeded, before the first visitor arrives. The front server
 * (src/server/front.ts) gets this Payload for its readiness check, request log and shutdown.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [
    { default: config },
    { getPayload },
    { prepareDatabase },
    { resumeInterruptedSends },
    { registerPayload, databasePrepared },
    { jobsPlacement },
    { releaseAbandonedJobs },
  ] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('@/db/prepare'),
    import('@/plugins/newsletter/sending/queueSending'),
    import('@/server/processState'),
    import('@/jobs/placement'),
    import('@/jobs/abandoned'),
  ])
  const payload = await getPayload({ config })
  registerPayload(payload)
  await prepareDatabase(payload)
  databasePrepared()
  // With JOBS=worker the workers do both (src/jobs/worker.ts).
  if (jobsPlacement() === 'app') {
    await resumeInterruptedSends(payload)
    const release = () =>
      releaseAbandonedJobs(payload).catch((error: unknown) =>
        payload.logger.error({ err: error }, 'jobs: releasing abandoned jobs failed'),
      )
    setInterval(release, 60_000).unref()
  }
}
