import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { messages, translator } from '@/i18n/messages'
import type { Certificate, Course, Registration } from '@/payload-types'

import { editionDates } from '../sessions'
import { certificatePdf } from './pdf'

/** Where anyone checks a certificate: the public verification page, in the participant's language. */
export const verificationUrl = (origin: string, locale: Locale, code: string) =>
  `${origin}/${locale}/certificates/${encodeURIComponent(code)}`

/**
 * The certificate's participant, edition and course, read with the server's rights, in the
 * participant's language unless another is asked for.
 */
export const certificateSubject = async (payload: Payload, certificate: Certificate, inLocale?: Locale) => {
  const registrationId =
    typeof certificate.registration === 'object' ? certificate.registration.id : certificate.registration
  const registration: Registration = await payload.findByID({
    collection: 'registrations',
    id: registrationId,
    depth: 0,
  })
  const locale = inLocale ?? (registration.locale as Locale)
  const editionId = typeof registration.edition === 'object' ? registration.edition.id : registration.edition
  const edition = await payload.findByID({ collection: 'course-editions', id: editionId, depth: 1, locale })
  return { registration, edition, course: edition.course as Course, locale }
}

/** The certificate's PDF: who, which course, when, how long, the EU funding, the code and its QR code. */
export const renderCertificate = async (payload: Payload, certificate: Certificate, origin: string) => {
  const { registration, edition, course, locale } = await certificateSubject(payload, certificate)
  const t = translator(locale, 'certificate')
  const project = await payload.findGlobal({ slug: 'project', locale, depth: 0 })
  const pdf = await certificatePdf({
    lang: locale,
    title: t('title'),
    certifies: t('certifies'),
    name: registration.name,
    completed: t('completed'),
    course: course.title,
    dates: `${edition.title}: ${editionDates(edition, locale)}`,
    hours: course.hours ? t('hours', { hours: course.hours }) : undefined,
    code: certificate.code,
    verifyAt: t('verifyAt', { code: certificate.code }),
    verifyUrl: verificationUrl(origin, locale, certificate.code),
    fundedBy: messages[locale].site.fundedBy,
    disclaimer: project.funding?.disclaimer ?? undefined,
  })
  return { pdf, registration, edition, course, locale, fileName: `${t('fileName')}-${certificate.code}.pdf` }
}
