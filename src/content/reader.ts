import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

import { isStaff } from '@/access/roles'
import type { Site, User } from '@/payload-types'
import { requestHost } from '@/plugins/site-tenancy/requestHost'
import { originOfSite, resolveSite } from '@/plugins/site-tenancy/resolveSite'

/**
 * Who is reading, on which site: the one object every public query starts from.
 * Anonymous readers query with `overrideAccess: false` and no user, so the access policy's public
 * rules (published, on a live site, PU only) apply on top of each query's own filters. A staff
 * member in draft mode (preview from the admin) reads drafts with their own rights.
 */
export type Reader = {
  payload: Payload
  site: Site
  /** The site's origin from configuration, for absolute URLs (canonical, hreflang, feeds, sitemap). */
  origin: string
  /** True in an editor's preview: queries read the latest draft. */
  draft: boolean
  /** The signed-in member, if any (partners see restricted deliverables). */
  user: User | null
}

export const getReader = cache(async (): Promise<Reader> => {
  const requestHeaders = await headers()
  const payload = await getPayload({ config })
  const address = await resolveSite(
    payload,
    requestHost((name) => requestHeaders.get(name)),
  )
  if (!address) throw new Error('No site is configured for this host and there is no default site.')
  const wantsDraft = (await draftMode()).isEnabled
  // Only requests with a session cookie can belong to a member; the rest skip the lookup.
  const { user } =
    wantsDraft || requestHeaders.get('cookie')?.includes('payload-token')
      ? await payload.auth({ headers: requestHeaders })
      : { user: null }
  const member = user?.collection === 'users' ? user : null
  const { site, origin } = address
  return { payload, site, origin, draft: wantsDraft && isStaff(member), user: member }
})

/** The anonymous public on `site`, as the public API reads. */
export const publicReader = (payload: Payload, site: Site): Reader => ({
  payload,
  site,
  origin: originOfSite(site),
  draft: false,
  user: null,
})
