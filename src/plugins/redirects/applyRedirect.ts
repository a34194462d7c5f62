import { headers } from 'next/headers'
import { permanentRedirect } from 'next/navigation'

import type { Reader } from '@/content/reader'

import { requestedPath, requestedPathHeader } from './paths'

/**
 * For a page about to be "not found": when the site has a redirect from the address asked for,
 * sends the reader on permanently (308) instead. Never stored by the front cache (it keeps only
 * 200s), so a changed or removed redirect applies at once.
 */
export const redirectIfMoved = async (reader: Reader) => {
  const asked = (await headers()).get(requestedPathHeader)
  const path = asked && requestedPath(asked)
  if (!path) return
  const { docs } = await reader.payload.find({
    collection: 'redirects',
    where: { and: [{ site: { equals: reader.site.id } }, { from: { equals: path } }] },
    limit: 1,
    depth: 0,
    select: { to: true },
    overrideAccess: true,
  })
  if (docs[0]) permanentRedirect(docs[0].to)
}
