import crypto from 'node:crypto'

import { payloadSecret } from '@/secret'

/**
 * The keys that sign newsletter links, apart from PAYLOAD_SECRET so that rotating the session
 * secret does not break the links in every email already sent. NEWSLETTER_LINK_KEYS holds the
 * ring, `id:secret` entries separated by commas: the first signs (`legacy` never does), all verify. Rotate by putting
 * a new entry first and keeping the old ones for as long as their links should work.
 *
 * Links without a key id were signed by the key derived from PAYLOAD_SECRET (before the ring, and
 * still while NEWSLETTER_LINK_KEYS is unset). They verify against the ring's `legacy` entry, whose
 * secret is the PAYLOAD_SECRET they were signed with, or else against the current PAYLOAD_SECRET.
 */
export const legacyKeyId = 'legacy'

const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/
const minimumSecretLength = 32

const derive = (secret: string) => crypto.createHmac('sha256', secret).update('wayout newsletter links').digest()

const parseRing = (ring: string): Map<string, Buffer> => {
  const keys = new Map<string, Buffer>()
  for (const [index, entry] of ring.split(',').entries()) {
    const separator = entry.indexOf(':')
    const id = entry.slice(0, separator).trim()
    const secret = entry.slice(separator + 1).trim()
    if (separator < 0 || !keyIdPattern.test(id) || keys.has(id))
      // Never quote the entry: it may be a secret without its id.
      throw new Error(`NEWSLETTER_LINK_KEYS: entry ${index + 1} is not id:secret with a new id of A-Z a-z 0-9 _ -`)
    if (id !== legacyKeyId && secret.length < minimumSecretLength)
      throw new Error(
        `NEWSLETTER_LINK_KEYS: the secret of key "${id}" is shorter than ${minimumSecretLength} characters`,
      )
    keys.set(id, derive(secret))
  }
  if (![...keys.keys()].some((id) => id !== legacyKeyId))
    throw new Error(`NEWSLETTER_LINK_KEYS: no key to sign new links with (only "${legacyKeyId}")`)
  return keys
}

let parsed: { ring: string; keys: Map<string, Buffer> } | undefined

const ring = (): Map<string, Buffer> | undefined => {
  const value = process.env.NEWSLETTER_LINK_KEYS?.trim()
  if (!value) return undefined
  if (parsed?.ring !== value) parsed = { ring: value, keys: parseRing(value) }
  return parsed.keys
}

/** The key new links are signed with: the ring's first but `legacy`, or (no ring) the PAYLOAD_SECRET-derived one, without an id. */
export const signingKey = (): { id?: string; key: Buffer } => {
  const first = [...(ring() ?? [])].find(([id]) => id !== legacyKeyId)
  return first ? { id: first[0], key: first[1] } : { key: derive(payloadSecret()) }
}

/** The key a link names (undefined: none such), or for a link without an id the legacy key. */
export const verifyingKey = (id: string | undefined): Buffer | undefined => {
  const keys = ring()
  if (id === undefined) return keys?.get(legacyKeyId) ?? derive(payloadSecret())
  return id === legacyKeyId ? undefined : keys?.get(id)
}
