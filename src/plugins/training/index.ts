import type { Config, Plugin } from 'payload'

import { Certificates } from './collections/Certificates'
import { CourseEditions } from './collections/CourseEditions'
import { Courses } from './collections/Courses'
import { Registrations } from './collections/Registrations'
import { sendCertificateTask } from './certificates/sendTask'
import { sendRemindersTask } from './registration/reminders'

/**
 * The training course: courses, their editions, the participants' registrations (with the
 * waiting list) and certificates. Its public routes (registration, confirmation, cancellation)
 * are Next file routes re-exporting ./routes and ./certificates/download; its jobs send
 * certificates and session reminders. Place it before the cache plugin.
 */
export const training =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []), Courses, CourseEditions, Registrations, Certificates],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), sendCertificateTask, sendRemindersTask] },
  })
