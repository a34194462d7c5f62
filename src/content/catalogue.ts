import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'

import { findTranslated } from './fallback'
import type { Reader } from './reader'

/** WP1–WP8 in order, lead partners populated. */
export const listWorkPackages = cache(async (reader: Reader, locale: Locale) =>
  findTranslated(reader, 'work-packages', locale, ['title', 'description'], { sort: 'number', limit: 100, depth: 1 }),
)

export const getWorkPackage = cache(async (reader: Reader, locale: Locale, number: number) => {
  const { docs } = await findTranslated(reader, 'work-packages', locale, ['title', 'description'], {
    where: { number: { equals: number } },
    limit: 1,
    depth: 1,
  })
  return docs[0] ?? null
})

/**
 * Deliverables the reader may see: the public sees PU ones and the titles of SEN ones (the access
 * policy hides SEN documents entirely from the public, so their rows come from a second, title-only
 * read done with the server's rights and stripped of the file).
 */
export const listDeliverables = cache(async (reader: Reader, locale: Locale, workPackage?: number) => {
  const where: Where = workPackage ? { workPackage: { equals: workPackage } } : {}
  const readable = await findTranslated(reader, 'deliverables', locale, ['title'], {
    where,
    sort: 'code',
    limit: 500,
    depth: 1,
  })
  const visible = new Set(readable.docs.map((doc) => doc.id))
  const { docs: all } = await reader.payload.find({
    collection: 'deliverables',
    locale,
    where,
    sort: 'code',
    limit: 500,
    depth: 0,
    select: { code: true, title: true, workPackage: true, type: true, disseminationLevel: true, dueMonth: true },
  })
  const restricted = all
    .filter((doc) => !visible.has(doc.id) && doc.disseminationLevel === 'SEN')
    .map((doc) => ({ ...doc, file: null, fellBack: [] as string[], restricted: true as const }))
  return [...readable.docs.map((doc) => ({ ...doc, restricted: false as const })), ...restricted].sort((a, b) =>
    a.code.localeCompare(b.code, 'en', { numeric: true }),
  )
})
