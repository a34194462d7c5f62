import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * A path whose percent-escapes do not decode (`/en/%E0%A4%A`) names nothing we serve; Next would
 * answer it with a 500. The front server refuses it first, with a 400 that says why, and returns
 * whether it answered.
 */
export const refuseUndecodablePath = (req: IncomingMessage, res: ServerResponse) => {
  const path = (req.url ?? '/').split('?', 1)[0]
  try {
    decodeURIComponent(path)
    return false
  } catch {
    res
      .writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
      .end('Bad request: the address contains a percent-escape that does not decode (such as %E0%A4%A).\n')
    return true
  }
}
