import { clientIpHeader } from '../server/clientIpHeader'

const unmapped = (ip: string) => ip.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1')

/**
 * The client's IP address. Behind a reverse proxy (TRUST_PROXY=true) it is the right-most
 * X-Forwarded-For entry: the one our proxy appended, where every entry to its left is whatever
 * the client chose to send. Otherwise the socket's address, stamped by the front server (src/server/front.ts).
 */
export const clientIp = (request: Pick<Request, 'headers'>): string => {
  if (process.env.TRUST_PROXY === 'true') {
    const forwarded = request.headers
      .get('x-forwarded-for')
      ?.split(',')
      .filter((entry) => entry.trim())
    if (forwarded?.length) return unmapped(forwarded[forwarded.length - 1])
  }
  return unmapped(request.headers.get(clientIpHeader) ?? '') || 'unknown'
}
