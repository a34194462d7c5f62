import type { IncomingMessage, ServerResponse } from 'node:http'

import { servePublicApi } from '../public-api/answers'

import { onContentChange } from './contentChanges'
import { createResponseCache } from './pageCache'
import { tagsOf, type ContentChange } from './tags'

/**
 * The caches in front of Next, as the front server (src/server/front.ts) uses them: the public
 * API's remembered answers, then the sites' pages; each content change (from this process or,
 * through Redis, another) marks stale what it touches.
 *
 * `onPurge` is the place to tell a CDN: it hears every change with its tags, the same tags the
 * responses carry as Cache-Tag / Surrogate-Key (README, "Caching").
 */
export const createFrontCache = ({ onPurge }: { onPurge?: (tags: string[], change: ContentChange) => void } = {}) => {
  const pages = createResponseCache()
  onContentChange((change) => {
    const tags = tagsOf(change)
    pages.invalidate(tags)
    onPurge?.(tags, change)
  })
  /** Answers from memory when it can, else has `render` (Next) answer. */
  return (req: IncomingMessage, res: ServerResponse, render: (req: IncomingMessage, res: ServerResponse) => void) => {
    if (!servePublicApi(req, res)) pages.serve(req, res, render)
  }
}
