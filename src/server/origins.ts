/**
 * The origins this app is served from, from configuration only, never from a request header:
 * `SERVER_URL` (else `http://localhost:PORT`, what `npm start` serves), and each site's host names
 * with that origin's scheme and port. They are Payload's `csrf` and `cors` lists and the pages
 * that may frame a draft preview (the admin's live preview).
 *
 * Payload (inside the Next bundle) fills in the sites' host names and the front server (its own
 * bundle, front.ts) reads them: the list is one per process (processWide).
 */
import { processWide } from '../plugins/site-cache/stores'

const registry = processWide('wayout.origins', () => ({ siteOrigins: [] as string[] }))

/** The configured public origin: `SERVER_URL`, else this machine on the port being served. */
export const configuredOrigin = () =>
  process.env.SERVER_URL ? new URL(process.env.SERVER_URL).origin : `http://localhost:${process.env.PORT || 3000}`

/** A declared host name as an origin, with the configured origin's scheme and port. */
export const originFor = (hostname: string) => {
  const origin = new URL(configuredOrigin())
  origin.hostname = hostname.replace(/:\d+$/, '')
  return origin.origin
}

/** The sites' host names (as stored in the `sites` collection), as origins. */
export const setSiteHostnames = (hostnames: string[]) => {
  registry.siteOrigins = hostnames.map(originFor)
}

/** Every trusted origin, the configured one first; never empty. */
export const trustedOrigins = () => [...new Set([configuredOrigin(), ...registry.siteOrigins])]
