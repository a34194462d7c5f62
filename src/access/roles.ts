import type { User } from '@/payload-types'

/**
 * - admin: everything, including users and site settings.
 * - editor: communications staff; all content, not users or settings.
 * - partner: a member of a partner organisation; reads SEN deliverables, edits its own
 *   partner profile, submits practices.
 */
export const roles = ['admin', 'editor', 'partner'] as const

export type Role = (typeof roles)[number]

type MaybeUser = Pick<User, 'roles'> | null | undefined

export const hasRole = (user: MaybeUser, ...wanted: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => wanted.includes(role)))

export const isStaff = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')

/** Anyone signed in with a role: staff and partners. Used for partners-only material. */
export const isMember = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor', 'partner')

/**
 * The signed-in user behind a request (or a `payload.auth` answer): one of our `users`, else null
 * (the public, or anything else Payload might authenticate).
 */
export const memberOf = ({ user }: { user?: User | null }): User | null => (user?.collection === 'users' ? user : null)
