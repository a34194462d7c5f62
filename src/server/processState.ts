import type { Payload } from 'payload'

import { processWide } from '../plugins/site-cache/stores'

/**
 * What the front server (its own bundle, without Payload) needs from the Payload that Next's
 * bundle starts (src/instrumentation.ts): its logger, a database round trip, and closing it.
 */
type Operations = {
  payload?: Pick<Payload, 'logger' | 'count' | 'destroy'>
  /** Set once the database is migrated and, when it was empty, seeded: not ready before. */
  prepared: boolean
  /** Set on SIGTERM: /readyz answers 503 so the proxy sends no more. */
  draining: boolean
}

export const operations = () =>
  processWide<Operations>('wayout.operations', () => ({ draining: false, prepared: false }))

export const registerPayload = (payload: Payload) => {
  operations().payload = payload
}

export const databasePrepared = () => {
  operations().prepared = true
}
