import { setTimeout as sleep } from 'node:timers/promises'

import type { Payload } from 'payload'

import { resumeInterruptedSends } from '@/plugins/newsletter/sending/queueSending'

import { releaseAbandonedJobs } from './abandoned'
import { stopping, stopSignal } from './stopping'

type Options = { pollMs: number; resumeEveryMs: number }

/** A pause that a stopping worker does not wait out. */
const pause = (ms: number) => sleep(ms, undefined, { signal: stopSignal() }).catch(() => {})

/** The queues the app would run itself (payload.config.ts `jobs.autoRun`, and the newsletter plugin's). */
const queuesOf = async (payload: Payload) => {
  const { autoRun } = payload.config.jobs
  const schedule = typeof autoRun === 'function' ? await autoRun(payload) : (autoRun ?? [])
  return [...new Set(schedule.map((entry) => entry.queue ?? 'default'))]
}

/**
 * Runs every queue until the process is asked to stop: each queue in its own loop, so a long
 * newsletter send never holds up scheduled publishing; a queue with work left is run again at
 * once, an empty one after `pollMs`. Jobs a dead process left claimed are released, and issues
 * whose sender died (or stopped) are given a new job, at start and every `resumeEveryMs`. Resolves once every loop has finished its current run.
 */
export const runQueues = async (payload: Payload, { pollMs, resumeEveryMs }: Options) => {
  const queues = await queuesOf(payload)
  payload.logger.info({ queues, pollMs }, 'worker: running the job queues')
  const loop = async (queue: string) => {
    while (!stopping()) {
      try {
        const { noJobsRemaining } = await payload.jobs.run({ queue, limit: 10 })
        if (noJobsRemaining) await pause(pollMs)
      } catch (error) {
        payload.logger.error({ err: error, queue }, 'worker: running the queue failed')
        await pause(pollMs)
      }
    }
  }
  const resume = async () => {
    while (!stopping()) {
      await releaseAbandonedJobs(payload).catch((error: unknown) =>
        payload.logger.error({ err: error }, 'worker: releasing abandoned jobs failed'),
      )
      await resumeInterruptedSends(payload).catch((error: unknown) =>
        payload.logger.error({ err: error }, 'worker: resuming interrupted sends failed'),
      )
      await pause(resumeEveryMs)
    }
  }
  await Promise.all([...queues.map(loop), resume()])
}
