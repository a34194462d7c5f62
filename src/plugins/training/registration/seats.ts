import { sql } from 'drizzle-orm'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { isPostgres } from '@/db/adapterKinds'
import type { CourseEdition, Registration } from '@/payload-types'

/** The advisory lock class of seat changes ("wtrn"); the edition's id is the second key. */
const seatLockClass = 0x7774726e

/**
 * Runs `work` in one transaction in which no other seat change of the same edition runs. On
 * PostgreSQL a transaction-scoped advisory lock per edition makes concurrent requests queue (READ
 * COMMITTED: each then counts what the previous one committed); SQLite's transactions already run
 * one at a time in the process (src/db/serializeTransactions.ts). Nothing is half-written: any
 * error rolls the whole change back.
 */
export const withSeatsOf = async <T>(
  payload: Payload,
  editionId: number,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    if (isPostgres(payload.db)) {
      const session = payload.db.sessions[String(await req.transactionID)]
      await session.db.execute(sql`SELECT pg_advisory_xact_lock(${seatLockClass}, ${editionId})`)
    }
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

const seated = async (req: PayloadRequest, editionId: number) =>
  (
    await req.payload.count({
      collection: 'registrations',
      where: { edition: { equals: editionId }, status: { equals: 'registered' } },
      req,
    })
  ).totalDocs

const setStatus = (req: PayloadRequest, id: number, data: Partial<Registration>) =>
  req.payload.update({ collection: 'registrations', id, data, depth: 0, req })

/** A confirmed participant takes a free seat, or the end of the waiting list. Call inside `withSeatsOf`. */
export const takeSeat = async (req: PayloadRequest, edition: CourseEdition, registration: Registration, now: Date) => {
  const status = (await seated(req, edition.id)) < edition.capacity ? 'registered' : 'waiting'
  return setStatus(req, registration.id, {
    status,
    statusChangedAt: now.toISOString(),
    queuedAt: now.toISOString(),
  })
}

/**
 * Gives the free seats to the first in line (confirmed earliest), one each. Call inside
 * `withSeatsOf`; returns the promoted participants, to be told by email once committed.
 */
export const fillSeats = async (req: PayloadRequest, edition: CourseEdition, now: Date) => {
  const free = edition.capacity - (await seated(req, edition.id))
  if (free <= 0) return []
  const { docs: firstInLine } = await req.payload.find({
    collection: 'registrations',
    where: { edition: { equals: edition.id }, status: { equals: 'waiting' } },
    sort: ['queuedAt', 'id'],
    limit: free,
    depth: 0,
    req,
  })
  const promoted: Registration[] = []
  for (const waiting of firstInLine)
    promoted.push(await setStatus(req, waiting.id, { status: 'registered', statusChangedAt: now.toISOString() }))
  return promoted
}
