import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { isStaff, memberOf } from '@/access/roles'

/**
 * Turns on draft mode for a signed-in editor and opens the page: `/next/preview?path=/en/news/x`.
 * Only a local path is accepted, so the route cannot be used to send people elsewhere.
 */
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path') ?? ''
  if (!/^\/[a-z]{2}(\/|$)/.test(path) || path.startsWith('//'))
    return new Response('A local page path is required.', { status: 400 })
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaff(memberOf({ user })))
    return new Response('Sign in to the admin as an editor to preview drafts.', { status: 403 })
  ;(await draftMode()).enable()
  redirect(path)
}
