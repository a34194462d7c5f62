import type { IncomingMessage } from 'node:http'

/**
 * Next gives route handlers no socket address, so the front server (front.ts) puts the client's
 * address in this header, always overwriting whatever the client sent in it.
 */
export const clientIpHeader = 'x-wayout-client-ip'

export const stampClientIp = (req: IncomingMessage) => {
  req.headers[clientIpHeader] = req.socket.remoteAddress ?? ''
}
