import { createHash } from 'node:crypto'

/** The ETag of a stored body, pages and API answers alike: a hash of its bytes. */
export const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`
