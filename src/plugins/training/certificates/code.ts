import crypto from 'node:crypto'

/** Letters and digits no one confuses when reading them out or typing them (no 0/O, 1/I/L). */
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/**
 * A certificate's verification code, "WO-XXXX-XXXX-XXXX": about 59 bits from the system's random source,
 * too many to guess one that exists. Stored unique, so a clash (never seen) fails the issue.
 */
export const certificateCode = () => {
  const letters = Array.from(crypto.randomBytes(12), (byte) => alphabet[byte % alphabet.length])
  return `WO-${letters.slice(0, 4).join('')}-${letters.slice(4, 8).join('')}-${letters.slice(8).join('')}`
}

/** What a code typed in a URL may look like, before any database is asked. */
export const looksLikeCode = (value: string) => /^WO-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/.test(value)
