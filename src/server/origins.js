/**
 * The origins this app is served from, from configuration only, never from a request header:
 * `SERVER_URL` (else `http://localhost:PORT`, what `npm start` serves), and each site's host names
 * with that origin's scheme and port. They are Payload's `csrf` and `cors` lists and the pages
 * that may frame a draft preview (the admin's live preview).
 *
 * The list lives on `globalThis`: Payload (inside the Next bundle) fills in the sites' host names,
 * the front server (scripts/serve.mjs, plain Node) reads it; they are two module graphs in one
 * process. Plain JavaScript (typed with JSDoc) so that the server script can import it.
 */

/** @typedef {{ siteOrigins: string[] }} Registry */

const registryKey = Symbol.for('wayout.origins')

/** @returns {Registry} */
const registry = () => {
  const scope = /** @type {Record<symbol, Registry | undefined>} */ (/** @type {unknown} */ (globalThis))
  return (scope[registryKey] ??= { siteOrigins: [] })
}

/** The configured public origin: `SERVER_URL`, else this machine on the port being served. */
export const configuredOrigin = () =>
  process.env.SERVER_URL ? new URL(process.env.SERVER_URL).origin : `http://localhost:${process.env.PORT || 3000}`

/**
 * A declared host name as an origin, with the configured origin's scheme and port.
 * @param {string} hostname
 */
export const originFor = (hostname) => {
  const origin = new URL(configuredOrigin())
  origin.hostname = hostname.replace(/:\d+$/, '')
  return origin.origin
}

/**
 * The sites' host names (as stored in the `sites` collection), as origins.
 * @param {string[]} hostnames
 */
export const setSiteHostnames = (hostnames) => {
  registry().siteOrigins = hostnames.map(originFor)
}

/** Every trusted origin, the configured one first; never empty. */
export const trustedOrigins = () => [...new Set([configuredOrigin(), ...registry().siteOrigins])]
