import type { Payload } from 'payload'

import { onContentChange } from './contentChanges'
import { everything } from './tags'

/**
 * A read every request repeats and every reader sees alike (public, no drafts), kept until a
 * change to one of `slugs` is announced (src/plugins/site-cache: this process's changes after
 * commit, the other processes' through Redis, everything when changes may have been missed).
 * Kept per Payload instance (the tests open several) and `args`; `load` gets the asker (anything
 * holding the Payload instance) and must read nothing that differs between askers. A failed read
 * is not kept.
 */
export const keptUntilChanged = <Asker extends { payload: Payload }, Args extends (string | number)[], Value>(
  slugs: readonly string[],
  load: (asker: Asker, ...args: Args) => Promise<Value>,
) => {
  let kept = new WeakMap<Payload, Map<string, Promise<Value>>>()
  onContentChange(({ slug }) => {
    if (slug === everything || slugs.includes(slug)) kept = new WeakMap()
  })
  return (asker: Asker, ...args: Args): Promise<Value> => {
    const known = kept.get(asker.payload) ?? new Map<string, Promise<Value>>()
    kept.set(asker.payload, known)
    const key = args.join('\n')
    const found = known.get(key)
    if (found) return found
    const loading = load(asker, ...args)
    known.set(key, loading)
    loading.catch(() => known.delete(key))
    return loading
  }
}
