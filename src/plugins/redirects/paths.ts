/** The request header src/proxy.ts sets (over any a client sent) to the path the request asked for. */
export const requestedPathHeader = 'x-wayout-path'

/**
 * A redirect's addresses are paths on the site it belongs to: `/fr/news/old-title`. Anything with
 * a scheme or starting with `//` (another host), a backslash (read as a slash by browsers) or
 * white space is refused.
 */
const localPath = /^\/(?![/\\])[^\s\\]*$/

/** One spelling per path: no trailing slash, no query or fragment. */
export const normalisePath = (path: string) => {
  const bare = path.trim().split(/[?#]/)[0]
  return bare.length > 1 ? bare.replace(/\/+$/, '') : bare
}

export const isLocalPath = (path: string) => localPath.test(path.trim())

/** The path a request asked for, decoded as redirects store it; null when it does not decode. */
export const requestedPath = (pathname: string) => {
  try {
    return normalisePath(decodeURIComponent(pathname))
  } catch {
    return null
  }
}
