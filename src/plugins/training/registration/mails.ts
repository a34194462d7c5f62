import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { translator } from '@/i18n/messages'
import { renderEmail, type EmailBlock } from '@/mail/layout'
import { fundingStatement } from '@/mail/text'
import { mailFrom, mailTransport } from '@/mail/transport'
import type { Course, CourseEdition, Registration } from '@/payload-types'

import { trainingLinks } from '../links'
import { sessionText } from '../sessions'
import { participantToken, registrationConfirmToken } from './tokens'

export type TrainingMail = 'confirm' | 'registered' | 'promoted' | 'waiting' | 'reminder'

/** The edition with its course and joining link, in the participant's language (server side only). */
export const editionFor = async (payload: Payload, registration: Registration) => {
  const id = typeof registration.edition === 'object' ? registration.edition.id : registration.edition
  const locale = registration.locale as Locale
  const edition = await payload.findByID({ collection: 'course-editions', id, depth: 1, locale })
  return { edition, course: edition.course as Course }
}

/** What a seated participant needs: the sessions, and the joining link or the venue. */
const seatBlocks = (edition: CourseEdition, locale: Locale): EmailBlock[] => {
  const t = translator(locale, 'trainingMail')
  const rows = edition.sessions.map((session) => ({ label: t('session'), value: sessionText(session, locale) }))
  if (edition.online && edition.joiningUrl) rows.push({ label: t('joining'), value: edition.joiningUrl })
  const venue = [edition.venue?.name, edition.venue?.city].filter(Boolean).join(', ')
  if (!edition.online && venue) rows.push({ label: t('venue'), value: venue })
  return [{ kind: 'fields', rows }]
}

/**
 * Sends one of the registration's emails. Each carries the link to the participant's own page,
 * where they see their registration and can cancel it.
 */
export const sendTrainingMail = async (
  payload: Payload,
  kind: TrainingMail,
  registration: Registration,
  origin: string,
) => {
  const locale = registration.locale as Locale
  const t = translator(locale, 'trainingMail')
  const { edition, course } = await editionFor(payload, registration)
  const names = { edition: edition.title, course: course.title }
  const links = await trainingLinks(payload, origin, locale)
  const body: Record<TrainingMail, EmailBlock[]> = {
    confirm: [
      { kind: 'paragraph', text: t('confirmIntro', names) },
      {
        kind: 'button',
        label: t('confirmAction'),
        url: links.confirm(registrationConfirmToken(registration.id, new Date(registration.consent!.requestedAt!))),
      },
      { kind: 'paragraph', text: t('confirmExpiry') },
    ],
    registered: [{ kind: 'paragraph', text: t('registeredIntro', names) }, ...seatBlocks(edition, locale)],
    promoted: [{ kind: 'paragraph', text: t('promotedIntro', names) }, ...seatBlocks(edition, locale)],
    waiting: [{ kind: 'paragraph', text: t('waitingIntro', names) }],
    reminder: [{ kind: 'paragraph', text: t('reminderIntro', names) }, ...seatBlocks(edition, locale)],
  }
  const subject = t(`${kind}Subject`)
  const { html, text } = renderEmail({
    lang: locale,
    title: subject,
    blocks: body[kind],
    funding: await fundingStatement(payload, locale),
    footer: [
      {
        text: t('participantText'),
        url: links.participant(participantToken(registration.id)),
        label: t('participantLabel'),
      },
    ],
  })
  await mailTransport().send({ from: mailFrom(), to: registration.email, subject, html, text })
}
