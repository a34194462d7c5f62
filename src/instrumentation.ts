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
    { registerPayload },
    { jobsPlacement },
  ] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('@/db/prepare'),
    import('@/plugins/newsletter/sending/queueSending'),
    import('@/server/processState'),
    import('@/jobs/placement'),
  ])
  const payload = await getPayload({ config })
  registerPayload(payload)
  await prepareDatabase(payload)
  // With JOBS=worker the workers resume interrupted sends (src/jobs/worker.ts).
  if (jobsPlacement() === 'app') await resumeInterruptedSends(payload)
}
