import { sql } from 'drizzle-orm'
import type { Payload } from 'payload'

import { changedRows } from '@/db/statements'
import type { Newsletter } from '@/payload-types'

/**
 * The sender's lease on an issue, taken and moved by compare-and-set in one SQL statement each:
 * Payload's update reads then writes, so two senders could both see a free lease and both send.
 * A lease is its expiry time; only the holder, who knows that exact value, can move or release it.
 */
type Id = Newsletter['id']

/** Takes the lease if it is free or expired; false when another sender holds it. */
export const takeLease = async (payload: Payload, id: Id, now: Date, until: string) =>
  (await changedRows(
    payload,
    sql`UPDATE newsletters SET sending_lease_until = ${until}
        WHERE id = ${id} AND (sending_lease_until IS NULL OR sending_lease_until < ${now.toISOString()})`,
  )) === 1

/** Extends a held lease; false when it was lost (expired and taken by another sender). */
export const moveLease = async (payload: Payload, id: Id, held: string, until: string) =>
  (await changedRows(
    payload,
    sql`UPDATE newsletters SET sending_lease_until = ${until} WHERE id = ${id} AND sending_lease_until = ${held}`,
  )) === 1

/** Gives a held lease back, so the next sender need not wait for it to expire. */
export const releaseLease = async (payload: Payload, id: Id, held: string) => {
  await changedRows(
    payload,
    sql`UPDATE newsletters SET sending_lease_until = NULL WHERE id = ${id} AND sending_lease_until = ${held}`,
  )
}
