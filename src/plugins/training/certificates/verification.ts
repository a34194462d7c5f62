import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { looksLikeCode } from './code'
import { certificateSubject } from './render'

/**
 * What the public verification page may say of a certificate, and nothing more: whether it is
 * valid, for whom, for which course. Read with the server's rights: the code is the question.
 */
export const verifyCertificate = async (payload: Payload, code: string, locale: Locale) => {
  if (!looksLikeCode(code)) return null
  const { docs } = await payload.find({
    collection: 'certificates',
    where: { code: { equals: code } },
    limit: 1,
    depth: 0,
  })
  if (!docs[0]) return null
  const { registration, course } = await certificateSubject(payload, docs[0], locale)
  return { code: docs[0].code, valid: !docs[0].revoked, name: registration.name, course: course.title }
}
