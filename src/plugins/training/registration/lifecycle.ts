import type { Payload } from 'payload'

import type { CountryCode } from '@/fields/countries'
import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/messages'
import type { TokenProblem } from '@/plugins/newsletter/subscribers/tokens'
import type { Course, Registration } from '@/payload-types'

import type { ParticipantRole } from '../audiences'
import { registrationOpen } from '../sessions'
import { sendTrainingMail } from './mails'
import { fillSeats, takeSeat, withSeatsOf } from './seats'
import { verifyConfirmToken, verifyParticipantToken } from './tokens'

/**
 * A participant's life cycle: register (pending) → confirm the address (registered, or waiting
 * when the edition is full) → cancel, which gives the seat to the first in line. Every step
 * after the first is answered by a signed link, never by knowing an address, so none of them
 * tells a stranger who registered.
 */

export type RegistrationRequest = {
  edition: number
  name: string
  email: string
  organisation?: string
  country: CountryCode
  role: ParticipantRole
  locale: Locale
  ipHash: string
  origin: string
  now?: Date
}

/** Why a registration was refused: the edition cannot be registered for, or does not offer the role. */
export class RegistrationRefused extends Error {
  constructor(readonly field: 'edition' | 'role') {
    super(field === 'edition' ? 'not open for registration' : 'role not among the course audiences')
  }
}

const activeStatuses = ['pending', 'registered', 'waiting'] as const

const findRegistration = (payload: Payload, id: string) =>
  payload.findByID({ collection: 'registrations', id, depth: 0, disableErrors: true })

/**
 * Records the registration and sends the confirmation email. An address already registered or
 * waiting for this edition is left as it is (the caller answers the same either way); one still
 * pending gets its details updated and a new link, voiding the older one.
 */
export const register = async (payload: Payload, request: RegistrationRequest) => {
  const now = request.now ?? new Date()
  const edition = await payload.findByID({
    collection: 'course-editions',
    id: request.edition,
    depth: 1,
    disableErrors: true,
  })
  if (!edition || !registrationOpen(edition, now)) throw new RegistrationRefused('edition')
  const { audiences } = edition.course as Course
  if (audiences?.length && !audiences.includes(request.role)) throw new RegistrationRefused('role')

  const email = request.email.trim().toLowerCase()
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { edition: { equals: edition.id }, email: { equals: email }, status: { in: [...activeStatuses] } },
    limit: 1,
    depth: 0,
  })
  const existing = docs[0]
  if (existing && existing.status !== 'pending') return

  const data = {
    edition: edition.id,
    name: request.name,
    email,
    organisation: request.organisation || null,
    country: request.country,
    role: request.role,
    locale: request.locale,
    status: 'pending' as const,
    statusChangedAt: now.toISOString(),
    consent: {
      text: translator(request.locale, 'training')('consent'),
      requestedAt: now.toISOString(),
      ipHash: request.ipHash,
    },
  }
  const saved = existing
    ? await payload.update({ collection: 'registrations', id: existing.id, data, depth: 0 })
    : await payload.create({ collection: 'registrations', data, depth: 0 })
  try {
    await sendTrainingMail(payload, 'confirm', saved, request.origin)
  } catch (error) {
    // The registration is recorded and stays pending: registering again sends a new link.
    payload.logger.error({ err: error }, `registration ${saved.id}: confirmation email not sent`)
  }
}

/** Tells a participant of a change already committed; a lost email does not undo it. */
export const tellAfterCommit = async (
  payload: Payload,
  kind: 'registered' | 'waiting' | 'promoted',
  who: Registration,
  origin: string,
) => {
  try {
    await sendTrainingMail(payload, kind, who, origin)
  } catch (error) {
    // The seat is taken and shown on the participant's page; the email alone is lost.
    payload.logger.error({ err: error }, `registration ${who.id}: ${kind} email not sent`)
  }
}

const sameRequest = (registration: Registration, requestedAt: number | undefined) =>
  requestedAt !== undefined &&
  Boolean(registration.consent?.requestedAt) &&
  new Date(registration.consent!.requestedAt!).getTime() === requestedAt

/** The confirmation link: the latest link of a pending registration takes a seat, or a place in line. */
export const confirmRegistration = async (
  payload: Payload,
  token: unknown,
  origin: string,
  now = new Date(),
): Promise<'registered' | 'waiting' | 'cancelled' | TokenProblem> => {
  const verified = verifyConfirmToken(token, now.getTime())
  if (!verified.ok) return verified.problem
  const found = await findRegistration(payload, verified.registration)
  if (!found || !sameRequest(found, verified.requestedAt)) return 'invalid'
  if (found.status !== 'pending') return found.status
  const editionId = typeof found.edition === 'object' ? found.edition.id : found.edition
  const taken = await withSeatsOf(payload, editionId, async (req) => {
    const current = await payload.findByID({ collection: 'registrations', id: found.id, depth: 0, req })
    // Confirmed meanwhile by the same link opened twice: that request took the seat.
    if (current.status !== 'pending') return { registration: current, changed: false }
    const edition = await payload.findByID({ collection: 'course-editions', id: editionId, depth: 0, req })
    const updated = await takeSeat(req, edition, current, now)
    return {
      registration: await payload.update({
        collection: 'registrations',
        id: updated.id,
        data: { consent: { ...updated.consent, confirmedAt: now.toISOString() } },
        depth: 0,
        req,
      }),
      changed: true,
    }
  })
  const status = taken.registration.status
  if (taken.changed && (status === 'registered' || status === 'waiting'))
    await tellAfterCommit(payload, status, taken.registration, origin)
  return status === 'pending' ? 'invalid' : status
}

/**
 * The cancel button on the participant's page. A seat given up goes to the first in line, who is
 * told by email. Idempotent: a registration already cancelled or gone is simply "cancelled".
 */
export const cancelRegistration = async (
  payload: Payload,
  token: unknown,
  origin: string,
  now = new Date(),
): Promise<'cancelled' | TokenProblem> => {
  const verified = verifyParticipantToken(token, now.getTime())
  if (!verified.ok) return verified.problem
  const found = await findRegistration(payload, verified.registration)
  if (!found || found.status === 'cancelled') return 'cancelled'
  const editionId = typeof found.edition === 'object' ? found.edition.id : found.edition
  const promoted = await withSeatsOf(payload, editionId, async (req) => {
    const current = await payload.findByID({ collection: 'registrations', id: found.id, depth: 0, req })
    if (current.status === 'cancelled') return []
    await payload.update({
      collection: 'registrations',
      id: current.id,
      data: { status: 'cancelled', statusChangedAt: now.toISOString() },
      depth: 0,
      req,
    })
    if (current.status !== 'registered') return []
    const edition = await payload.findByID({ collection: 'course-editions', id: editionId, depth: 0, req })
    return fillSeats(req, edition, now)
  })
  for (const registration of promoted) await tellAfterCommit(payload, 'promoted', registration, origin)
  return 'cancelled'
}
