import { cache } from 'react'

import { findTranslated } from '@/content/fallback'
import { read } from '@/content/read'
import type { Reader } from '@/content/reader'
import type { Locale } from '@/i18n/locales'

/** The courses with their editions (first session first), as the reader may see them. */
export const listCourses = cache(async (reader: Reader, locale: Locale) => {
  const [courses, editions] = await Promise.all([
    findTranslated(reader, 'courses', locale, ['title', 'description'], { limit: 20, sort: 'createdAt' }),
    read(reader, 'course-editions', locale, { limit: 100, depth: 0, sort: 'slug' }),
  ])
  return courses.docs.map((course) => ({
    course,
    editions: editions.docs
      .filter((edition) => edition.course === course.id)
      .sort((a, b) => (a.sessions[0]?.startsAt ?? '').localeCompare(b.sessions[0]?.startsAt ?? '')),
  }))
})
