import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { Course, Registration } from '@/payload-types'

import { hasCompleted } from './completion'
import { issueCertificate } from './issue'

/**
 * When the organisers mark attendance, the registration is completed as soon as it meets the
 * course's rule (and no longer, should a mark be taken back). Nested reads pass `req`, joining
 * the save's transaction.
 */
export const markCompletion: CollectionBeforeChangeHook<Registration> = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const editionId = typeof merged.edition === 'object' ? merged.edition?.id : merged.edition
  if (!editionId) return data
  const edition = await req.payload.findByID({ collection: 'course-editions', id: editionId, depth: 1, req })
  const completed = hasCompleted(edition.course as Course, edition, {
    attendance: merged.attendance,
    status: merged.status ?? 'pending',
  })
  return { ...data, completedAt: completed ? (originalDoc?.completedAt ?? new Date().toISOString()) : null }
}

/** A registration just completed gets its certificate; the email goes by the job queue once committed. */
export const issueOnCompletion: CollectionAfterChangeHook<Registration> = async ({ doc, previousDoc, req }) => {
  if (doc.completedAt && !previousDoc?.completedAt) await issueCertificate(req, doc)
  return doc
}
