import { isIPv6 } from 'node:net'

/** The eight 16-bit groups of a valid IPv6 address (zone dropped, a dotted IPv4 tail converted). */
const ipv6Groups = (ip: string): number[] => {
  let address = ip.split('%')[0].toLowerCase()
  const dotted = address.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number)
    address = `${address.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = address.split('::')
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const front = parse(head)
  const back = parse(tail)
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back]
}

/**
 * What a per-IP limit counts: an IPv4 address as it is, an IPv6 address by its /64 network.
 * A single subscriber line is given a whole /64, so its holder can pick any of 2^64 addresses.
 */
export const rateLimitedNetwork = (ip: string) => {
  if (!isIPv6(ip)) return ip
  const prefix = ipv6Groups(ip)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')
  return `${prefix}::/64`
}
