import type { Payload } from 'payload'

import type { SupportedTimezones } from '@/payload-types'
import { participantRoles } from '@/plugins/training/audiences'

/**
 * The training course as the sources announce it ("Online course certification"): two online
 * editions for about 25 professionals each, for prison staff, probation staff and community
 * organisations. The sources give days, not times: sessions are all-day, in the time zone the
 * course's events are seeded in. Hours, learning outcomes, registration dates and the joining link
 * are not in the sources: editors fill them in.
 */
const course = {
  slug: 'integrated-exit-programmes',
  title: 'Course on integrated exit programmes based on learned lessons and what works',
  description:
    'The course on integrated exit programs based on learned lessons and what works takes place in two editions. It foresees the participation of approximately 25 professionals from the different participating WayOut countries (France, Germany, Portugal and the Netherlands) and other EU and third countries. It is addressed to prison staff (governors, prison officers, psychologists, educators, social workers), probation staff (directors, probation officers, psychologists, social workers) and community organisations working closely with prison and probation services (professionals from NGOs / CSOs, non-profit organisations, voluntary associations working with convicted persons or ex-offenders).',
}

const timeZone: SupportedTimezones = 'Europe/Brussels'

const editions = [
  { slug: 'online-course-first-edition', title: 'First edition', days: ['2021-01-27', '2021-01-29'] },
  { slug: 'online-course-second-edition', title: 'Second edition', days: ['2021-02-01', '2021-02-03', '2021-02-05'] },
]

/** "Approximately 25 professionals" per edition. */
const capacity = 25

/** Noon UTC keeps a date-only value on the same calendar day in every European time zone. */
const day = (isoDate: string) => `${isoDate}T12:00:00.000Z`

const findBySlug = async (payload: Payload, collection: 'courses' | 'course-editions', slug: string) =>
  (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, locale: 'en' })).docs[0]

/** Idempotent like the rest of the seed: each document is found by its slug and updated. */
export const seedTraining = async (payload: Payload) => {
  const courseData = { ...course, audiences: [...participantRoles], completionRule: 'all-sessions' as const }
  const existing = await findBySlug(payload, 'courses', course.slug)
  const saved = existing
    ? await payload.update({ collection: 'courses', id: existing.id, data: courseData, locale: 'en', depth: 0 })
    : await payload.create({ collection: 'courses', data: courseData, locale: 'en', depth: 0 })

  for (const edition of editions) {
    const event = (
      await payload.find({ collection: 'events', where: { slug: { equals: edition.slug } }, limit: 1, depth: 0 })
    ).docs[0]
    const data = {
      course: saved.id,
      title: edition.title,
      slug: edition.slug,
      capacity,
      online: true,
      event: event?.id ?? null,
      sessions: edition.days.map((date) => ({
        startsAt: day(date),
        startsAt_tz: timeZone,
        endsAt: day(date),
        endsAt_tz: timeZone,
        allDay: true,
      })),
    }
    const found = await findBySlug(payload, 'course-editions', edition.slug)
    if (found) await payload.update({ collection: 'course-editions', id: found.id, data, locale: 'en', depth: 0 })
    else await payload.create({ collection: 'course-editions', data, locale: 'en', depth: 0 })
  }
}
