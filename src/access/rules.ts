import type { Access, FieldAccess, Where } from 'payload'

import type { User } from '@/payload-types'

import { hasRole, isMember, isStaff, memberOf } from './roles'

/**
 * The building blocks of the policy table: who may, and which documents they may touch.
 * A rule returns true (all documents), false (none) or a `where` constraint (some).
 */

export const anyone: Access = () => true

/** Written only by the server itself (public endpoints, the sender, webhooks), never through the API. */
export const nobody: Access = () => false

export const admins: Access = ({ req }) => hasRole(memberOf(req), 'admin')

export const staff: Access = ({ req }) => isStaff(memberOf(req))

/** For the places Payload asks a yes/no of the request rather than an access result (the job queue). */
export const staffRequest = ({ req }: { req: { user?: User | null } }): boolean => isStaff(memberOf(req))

export const staffOrPartners: Access = ({ req }) => isMember(memberOf(req))

/** Staff see everything; everybody else sees only what `where` allows. */
export const staffOr =
  (where: Where): Access =>
  ({ req }) =>
    isStaff(memberOf(req)) || where

/** Members (staff and partners) see everything; the public only what `where` allows. */
export const membersOr =
  (where: Where): Access =>
  ({ req }) =>
    isMember(memberOf(req)) || where

export const published: Where = { _status: { equals: 'published' } }

/** Site-assigned content: published, and on a site that is live. */
export const publishedOnLiveSite: Where = {
  and: [published, { 'sites.live': { equals: true } }],
}

/** A partner may edit its own organisation's profile, staff any. */
export const staffOrOwnPartner: Access = ({ req }) => {
  const user = memberOf(req)
  if (isStaff(user)) return true
  if (hasRole(user, 'partner') && user?.partner) {
    const partnerId = typeof user.partner === 'object' ? user.partner.id : user.partner
    return { id: { equals: partnerId } }
  }
  return false
}

/** Practices: the public reads published ones; a partner also its own submissions. */
export const publishedOrOwnPractice: Access = ({ req }) => {
  const user = memberOf(req)
  if (isStaff(user)) return true
  const isPublished: Where = { moderationStatus: { equals: 'published' } }
  if (hasRole(user, 'partner')) return { or: [isPublished, { submittedBy: { equals: user!.id } }] }
  return isPublished
}

/** Users: admins manage everyone; any other signed-in user only reads and edits itself. */
export const adminsOrSelf: Access = ({ req }) => {
  const user = memberOf(req)
  if (hasRole(user, 'admin')) return true
  return user ? { id: { equals: user.id } } : false
}

export const adminsField: FieldAccess = ({ req }) => hasRole(memberOf(req), 'admin')

export const staffField: FieldAccess = ({ req }) => isStaff(memberOf(req))
