import { getTranslations } from 'next-intl/server'

import { listEvents } from '@/content/events'
import type { Locale } from '@/i18n/locales'
import type { CourseEdition } from '@/payload-types'
import { pageRoutes } from '@/plugins/site-cache/routes'
import { siteOrigin } from '@/plugins/site-tenancy/resolveSite'
import { listCourses } from '@/plugins/training/content'
import { registrationOpen, sessionText } from '@/plugins/training/sessions'
import { anyUntranslated, definePage } from '@sites/shared/definePage'
import { countryName } from '@sites/shared/format'

import { EventList } from '../components/EventList'
import { TrainingForm } from './trainingForm'
import './training.css'

type Translate = Awaited<ReturnType<typeof getTranslations<'training'>>>

/** Where an edition happens, as the public may know it: online (the link goes by email only), or its venue. */
const place = (edition: CourseEdition, locale: Locale, t: Translate) =>
  edition.online
    ? t('online')
    : [edition.venue?.name, edition.venue?.city, countryName(locale, edition.venue?.country)].filter(Boolean).join(', ')

/** The WP5 training course: the course, its editions with their registration form, and the announcements. */
export const trainingPage = definePage({
  site: 'wayout',
  path: '/training',
  route: pageRoutes.training,
  load: async ({ reader, locale }) => {
    const [courses, sessions, practices] = await Promise.all([
      listCourses(reader, locale),
      listEvents(reader, locale, 'all', { type: 'training' }),
      siteOrigin(reader.payload, 'practices'),
    ])
    return { courses, sessions, practices }
  },
  head: async (_data, { locale }) => {
    const t = await getTranslations({ locale, namespace: 'training' })
    return { title: t('title'), description: t('intro') }
  },
  untranslated: ({ courses, sessions }) => anyUntranslated(...courses.map(({ course }) => course), ...sessions.docs),
  view: async ({ courses, sessions, practices }, { locale }) => {
    const [t, home] = await Promise.all([
      getTranslations({ locale, namespace: 'training' }),
      getTranslations({ locale, namespace: 'home' }),
    ])
    return (
      <>
        <h1>{t('title')}</h1>
        <p className="lead prose">{t('intro')}</p>
        {courses.map(({ course, editions }) => (
          <section key={course.id} aria-labelledby={`course-${course.id}`}>
            <h2 id={`course-${course.id}`}>{course.title}</h2>
            {course.description && <p className="prose">{course.description}</p>}
            {course.hours ? <p className="meta">{t('hours', { hours: course.hours })}</p> : null}
            {course.learningOutcomes?.length ? (
              <>
                <h3>{t('outcomes')}</h3>
                <ul>
                  {course.learningOutcomes.map((row) => (
                    <li key={row.id}>{row.outcome}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {editions.map((edition) => (
              <article key={edition.id} className="training-edition" aria-labelledby={`edition-${edition.id}`}>
                <h3 id={`edition-${edition.id}`}>{edition.title}</h3>
                <p className="meta">
                  {place(edition, locale, t)} · {t('seats', { capacity: edition.capacity })}
                </p>
                <ul aria-label={t('sessions')}>
                  {edition.sessions.map((session) => (
                    <li key={session.id}>{sessionText(session, locale)}</li>
                  ))}
                </ul>
                {registrationOpen(edition) ? (
                  <TrainingForm locale={locale} course={course} edition={edition} />
                ) : (
                  <p>{t('closed')}</p>
                )}
              </article>
            ))}
          </section>
        ))}
        <section aria-labelledby="announcements">
          <h2 id="announcements">{t('announcements')}</h2>
          {sessions.docs.length ? <EventList locale={locale} items={sessions.docs} level={3} /> : <p>{t('none')}</p>}
        </section>
        <section aria-labelledby="practitioners" className="notice">
          <h2 id="practitioners">{home('practitionersCall')}</h2>
          <p>{home('practitionersText')}</p>
          <p>
            <a href={`${practices}/${locale}`}>{home('practitionersLink')}</a>
          </p>
        </section>
      </>
    )
  },
})
