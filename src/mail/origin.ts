import type { Payload } from 'payload'

import { siteOrigin } from '@/plugins/site-tenancy/resolveSite'

/**
 * Where links in emails point: SERVER_URL (the public https origin) when set, else the project
 * site's configured address. Never the request's host: whoever sends the request is not who
 * reads the email.
 */
export const emailOrigin = async (payload: Payload) => {
  if (process.env.SERVER_URL) return new URL(process.env.SERVER_URL).origin
  return siteOrigin(payload, 'wayout')
}
