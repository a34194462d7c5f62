import type { Payload } from 'payload'

import type { TokenProblem } from '@/plugins/newsletter/subscribers/tokens'
import { forgetAddressCounts } from '@/public-forms/rateLimit'

import { tellAfterCommit } from './lifecycle'
import { fillSeats, withSeatsOf } from './seats'
import { verifyParticipantToken } from './tokens'

/**
 * The participant's "erase my data" button: their registration and certificate are deleted (a
 * seat they held goes to the first in line, as on cancelling), and the count the registration
 * form keeps of their address. Idempotent: asked again once they are gone, it is simply "erased".
 */
export const eraseRegistration = async (
  payload: Payload,
  token: unknown,
  origin: string,
): Promise<'erased' | TokenProblem> => {
  const verified = verifyParticipantToken(token)
  if (!verified.ok) return verified.problem
  const found = await payload.findByID({
    collection: 'registrations',
    id: verified.registration,
    depth: 0,
    disableErrors: true,
  })
  if (!found) return 'erased'
  const editionId = typeof found.edition === 'object' ? found.edition.id : found.edition
  const promoted = await withSeatsOf(payload, editionId, async (req) => {
    const current = await payload.findByID({
      collection: 'registrations',
      id: found.id,
      depth: 0,
      disableErrors: true,
      req,
    })
    // Erased meanwhile by the same button pressed twice.
    if (!current) return []
    await payload.delete({ collection: 'certificates', where: { registration: { equals: found.id } }, req })
    await payload.delete({ collection: 'registrations', id: found.id, req })
    if (current.status !== 'registered') return []
    const edition = await payload.findByID({ collection: 'course-editions', id: editionId, depth: 0, req })
    return fillSeats(req, edition, new Date())
  })
  await forgetAddressCounts(payload, 'trainingRegistration', found.email)
  for (const registration of promoted) await tellAfterCommit(payload, 'promoted', registration, origin)
  return 'erased'
}
