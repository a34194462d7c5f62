import type { Server } from 'node:http'

import { beginStopping, leasesReleased, releaseLeases } from '../jobs/stopping'

import { operations } from './processState'

/** How long in-flight work may take to finish once asked to stop (SHUTDOWN_TIMEOUT_SECONDS, default 10). */
export const shutdownTimeoutMs = () => Number(process.env.SHUTDOWN_TIMEOUT_SECONDS ?? 10) * 1000

/**
 * On SIGTERM or SIGINT: /readyz answers 503 and new connections are refused; requests in flight
 * finish (each answered with `Connection: close`), within the bound, after which the rest are cut;
 * jobs stop at their next safe point and leases still held are given back, so another process
 * resumes at once; Payload closes its database; the process exits 0.
 */
export const closeGracefully = (server: Server) => {
  const stop = async (signal: string) => {
    const deadline = Date.now() + shutdownTimeoutMs()
    const state = operations()
    state.payload?.logger.info(`${signal}: finishing the requests in flight, then stopping`)
    state.draining = true
    beginStopping()
    const closed = new Promise((resolve) => server.close(resolve))
    server.closeIdleConnections()
    const bound = new Promise((resolve) => setTimeout(resolve, deadline - Date.now()).unref())
    await Promise.race([closed, bound])
    server.closeAllConnections()
    await leasesReleased(Math.max(0, deadline - Date.now()))
    await releaseLeases()
    await state.payload?.destroy().catch(() => {})
    process.exit(0)
  }
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stop(signal))
}

/** While draining, each answer closes its connection, so keep-alive clients reconnect elsewhere. */
export const closeWhileDraining = (res: { setHeader: (name: string, value: string) => unknown }) => {
  if (operations().draining) res.setHeader('connection', 'close')
}
