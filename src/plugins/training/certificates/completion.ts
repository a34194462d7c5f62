import type { Course, CourseEdition, Registration } from '@/payload-types'

/** The numbers (1, 2, …) of the edition's sessions the participant attended, as the organisers marked them. */
export const attendedSessions = (registration: Pick<Registration, 'attendance'>, edition: CourseEdition) =>
  new Set(
    (registration.attendance ?? [])
      .map((row) => row.session)
      .filter((session) => Number.isInteger(session) && session >= 1 && session <= edition.sessions.length),
  )

/** Whether the attendance meets the course's rule: every session, or at least its minimum. */
export const hasCompleted = (
  course: Pick<Course, 'completionRule' | 'minimumSessions'>,
  edition: CourseEdition,
  registration: Pick<Registration, 'attendance' | 'status'>,
) => {
  if (registration.status !== 'registered') return false
  const attended = attendedSessions(registration, edition).size
  return course.completionRule === 'minimum-sessions'
    ? attended >= (course.minimumSessions ?? edition.sessions.length)
    : attended === edition.sessions.length
}
