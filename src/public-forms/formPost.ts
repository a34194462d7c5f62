/** A plain HTML form post (no JavaScript): answered with a page to read, not with JSON. */
export const wantsPage = (request: Request) =>
  (request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded') &&
  (request.headers.get('accept') ?? '').includes('text/html')
