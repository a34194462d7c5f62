/**
 * Runs once when the server starts (not during `next build`): initialising Payload applies the
 * migrations, and an empty database is seeded, before the first visitor arrives.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ default: config }, { getPayload }, { prepareDatabase }, { resumeInterruptedSends }] = await Promise.all([
    import('@payload-config'),
    import('payload'),
    import('@/db/prepare'),
    import('@/plugins/newsletter/sending/queueSending'),
  ])
  const payload = await getPayload({ config })
  await prepareDatabase(payload)
  await resumeInterruptedSends(payload)
}
