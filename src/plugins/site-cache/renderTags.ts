/**
 * The tags a page adds while it renders: the documents it shows (an article, the related news it
 * links), which only its data knows. The front server gives each request it will store a render
 * id in a request header (overwriting any a client sent); the page's declaration
 * (sites/shared/definePage.tsx) adds its tags under that id; the front server takes them when the
 * response is finished. Both run in one process: the table is process-wide.
 */
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

import { processWide } from './stores'

export const renderIdHeader = 'x-wayout-render'

const renders = processWide('wayout.renderTags', () => new Map<string, Set<string>>())

/** Marks `req` as a render whose tags are collected; returns its id. */
export const beginRender = (req: IncomingMessage) => {
  const id = randomUUID()
  req.headers[renderIdHeader] = id
  renders.set(id, new Set())
  return id
}

/** A request not collected: a render id a client sent names nothing. */
export const refuseRenderId = (req: IncomingMessage) => void delete req.headers[renderIdHeader]

/** For the page: adds tags to the render `id` (the request's header), if the front server collects them. */
export const tagRender = (id: string | null | undefined, tags: readonly string[]) => {
  const collected = id ? renders.get(id) : undefined
  for (const tag of tags) collected?.add(tag)
}

/** The tags added so far; `finished` forgets the render. */
export const renderTags = (id: string, finished = false) => {
  const tags = [...(renders.get(id) ?? [])]
  if (finished) renders.delete(id)
  return tags
}
