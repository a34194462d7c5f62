import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Course } from '@/payload-types'

/**
 * What the participant's own page shows, read with the server's rights: the signed link proved
 * who is asking. The joining link only once they hold a seat;
 * whether their certificate can be downloaded.
 */
export const participantView = async (payload: Payload, id: string, locale: Locale) => {
  const registration = await payload.findByID({ collection: 'registrations', id, depth: 0, disableErrors: true })
  if (!registration) return null
  const editionId = typeof registration.edition === 'object' ? registration.edition.id : registration.edition
  const edition = await payload.findByID({ collection: 'course-editions', id: editionId, depth: 1, locale })
  const { docs: certificates } = await payload.find({
    collection: 'certificates',
    where: { registration: { equals: registration.id }, revoked: { not_equals: true } },
    limit: 1,
    depth: 0,
  })
  return {
    registration,
    hasCertificate: certificates.length > 0,
    edition,
    course: edition.course as Course,
    joiningUrl: registration.status === 'registered' && edition.online ? (edition.joiningUrl ?? null) : null,
  }
}
