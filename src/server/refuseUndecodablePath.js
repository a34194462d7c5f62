/**
 * A path whose percent-escapes do not decode (`/en/%E0%A4%A`) names nothing we serve; Next would
 * answer it with a 500. The front server refuses it first, with a 400 that says why.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {boolean} whether the request was answered
 */
export const refuseUndecodablePath = (req, res) => {
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
