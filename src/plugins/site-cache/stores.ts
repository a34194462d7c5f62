/**
 * What the caches share between the bundles of one process: the change signal's type, its
 * in-process implementation, and values made once per process.
 */
export type ChangeSignal<C> = {
  publish(change: C): void
  /** Returns the unsubscribe function. */
  subscribe(listener: (change: C) => void): () => void
}

/** A signal heard in this process. */
export const memorySignal = <C>(): ChangeSignal<C> => {
  const listeners = new Set<(change: C) => void>()
  return {
    publish: (change) => {
      for (const listener of listeners) listener(change)
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}

/**
 * One value per process, made on first use. The front server (its own bundle, .next/front-server.mjs)
 * and Next's bundles each load these modules, in one process: a module-level value would exist
 * once per bundle, so the shared ones live on `globalThis`.
 */
export const processWide = <T>(name: string, create: () => T): T => {
  const key = Symbol.for(name)
  if (!Reflect.has(globalThis, key)) Reflect.set(globalThis, key, create())
  return Reflect.get(globalThis, key) as T
}
