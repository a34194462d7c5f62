import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

/** True while no account exists: the next one is made on the admin's "create first user" screen. */
export const isFirstUser = async (req: PayloadRequest) =>
  (await req.payload.count({ collection: 'users', req, overrideAccess: true })).totalDocs === 0

/** The first account must be able to run the site, whatever roles the request names. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) =>
  operation === 'create' && (await isFirstUser(req)) ? { ...data, roles: ['admin'] } : data
