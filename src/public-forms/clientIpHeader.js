/**
 * Next gives route handlers no socket address, so our server (scripts/serve.mjs) puts the
 * client's address in this header, always overwriting whatever the client sent in it.
 */
export const clientIpHeader = 'x-wayout-client-ip'

/** @param {import('node:http').IncomingMessage} req */
export const stampClientIp = (req) => {
  req.headers[clientIpHeader] = req.socket.remoteAddress ?? ''
}
