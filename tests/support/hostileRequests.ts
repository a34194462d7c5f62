/**
 * Hostile requests, generated from a seed (the same seed, the same requests, so a failure
 * reproduces): malformed, oversized, wrongly typed and injected bodies for every public write
 * endpoint, Payload's auth routes and GraphQL; garbage parameters for the public API's reads; page
 * paths with broken percent-escapes. None of them is a valid request: none may store anything.
 */

export type HostileRequest = {
  route: string
  kind: string
  method: string
  path: string
  headers: Record<string, string>
  body?: Buffer
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Random = ReturnType<typeof seededRandom>

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]

/** Strings an attacker tries in every field; none of them is a valid email address. */
const injections = [
  "' OR '1'='1",
  '"; DROP TABLE users; --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  'nul\u0000byte',
  'a@b.c\r\nBcc: victim@example.org',
  '%E0%A4%A',
  '\ud800',
  'ｅｘａｍｐｌｅ＠ｅｘａｍｐｌｅ',
  'x'.repeat(70_000),
  '__proto__',
]

/** Values of the wrong type for any field. */
const wrongTypes: unknown[] = [
  123,
  -1,
  1e309,
  true,
  null,
  [],
  ['a@b.c', 'c@d.e'],
  {},
  { $ne: null },
  { $gt: '' },
  { equals: 'admin@example.org' },
  [[[[[]]]]],
]

const invalidJson = [
  '{',
  '{"email":',
  '[1,2',
  '{"a":1}}',
  'nul',
  "{'email':'x'}",
  '{"a":NaN}',
  '\u0000',
  '{"a":"\\u12"}',
]
const nonObjectJson = ['null', '[]', '[{"email":"a@b.c"}]', '42', '"text"', 'true']

const json = (value: unknown) => Buffer.from(JSON.stringify(value))

/** The fields each write route reads; hostile values go into them. */
const fieldsOf: Record<string, string[]> = {
  '/api/public/v1/subscriptions': ['email', 'locale', 'consent', 'consentText', 'site', 'website', 'source'],
  '/api/public/v1/subscriptions/confirm': ['token', 'locale'],
  '/api/public/v1/subscriptions/unsubscribe': ['token', 'locale'],
  '/api/public/v1/subscriptions/erase': ['token', 'locale'],
  '/api/public/v1/training/registrations': [
    'edition',
    'name',
    'email',
    'country',
    'role',
    'consent',
    'locale',
    'website',
  ],
  '/api/public/v1/training/confirm': ['token', 'locale'],
  '/api/public/v1/training/cancel': ['token', 'locale'],
  '/api/public/v1/training/erase': ['token', 'locale'],
  '/api/public/v1/practice-submissions': ['title', 'country', 'setting', 'approach', 'email', 'consent', 'contactName'],
  '/api/webhooks/resend': ['type', 'data'],
  '/api/users/login': ['email', 'password'],
  '/api/users/logout': ['allSessions'],
  '/api/users/forgot-password': ['email'],
  '/api/users/reset-password': ['token', 'password'],
  '/api/users/unlock': ['email'],
  '/api/users/refresh-token': ['token'],
  '/api/users/first-register': ['email', 'password', 'roles'],
  '/api/graphql': ['query', 'variables', 'operationName'],
}

export const writeRoutes = Object.keys(fieldsOf)

const hostileObject = (random: Random, fields: string[], values: readonly unknown[]) =>
  Object.fromEntries(fields.map((field) => [field, pick(random, values)]))

const multipart = (random: Random): { type: string; body: Buffer } => {
  const boundary = `----hostile${Math.floor(random() * 1e9)}`
  return pick(random, [
    { type: 'multipart/form-data', body: Buffer.from('--x\r\nnot a part\r\n') },
    { type: `multipart/form-data; boundary=${boundary}`, body: Buffer.from('garbage without any boundary') },
    {
      type: `multipart/form-data; boundary=${boundary}`,
      body: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\nunterminated`),
    },
    {
      type: `multipart/form-data; boundary=${boundary}`,
      body: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"email":\r\n--${boundary}--\r\n`,
      ),
    },
    {
      type: `multipart/form-data; boundary=${boundary}`,
      body: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnull\r\n--${boundary}--\r\n`,
      ),
    },
    { type: 'multipart/form-data; boundary=', body: Buffer.from('') },
    { type: `multipart/mixed; boundary=${boundary}`, body: Buffer.from(`--${boundary}\r\n\r\n\u0000\u0001`) },
  ])
}

/** One hostile body for `route`, of a kind chosen by `random`. */
const hostileBody = (random: Random, route: string): Omit<HostileRequest, 'route' | 'method' | 'path'> => {
  const fields = fieldsOf[route]
  const kind = pick(random, [
    'invalid-json',
    'non-object-json',
    'wrong-types',
    'injection',
    'oversized',
    'wrong-content-type',
    'multipart-garbage',
    'invalid-utf8',
    'form-garbage',
  ] as const)
  const type = (value: string) => ({ 'content-type': value })
  switch (kind) {
    case 'invalid-json':
      return { kind, headers: type('application/json'), body: Buffer.from(pick(random, invalidJson)) }
    case 'non-object-json':
      return { kind, headers: type('application/json'), body: Buffer.from(pick(random, nonObjectJson)) }
    case 'wrong-types':
      return { kind, headers: type('application/json'), body: json(hostileObject(random, fields, wrongTypes)) }
    case 'injection':
      return { kind, headers: type('application/json'), body: json(hostileObject(random, fields, injections)) }
    case 'oversized': {
      const size = 300_000 + Math.floor(random() * 900_000)
      return { kind, headers: type('application/json'), body: json({ [fields[0]]: 'x'.repeat(size) }) }
    }
    case 'wrong-content-type':
      return {
        kind,
        headers: type(
          pick(random, ['text/plain', 'application/xml', 'application/json; charset=utf-16', 'image/png', '']),
        ),
        body: json(hostileObject(random, fields, injections)),
      }
    case 'multipart-garbage': {
      const { type: contentType, body } = multipart(random)
      return { kind, headers: type(contentType), body }
    }
    case 'invalid-utf8':
      return {
        kind,
        headers: type('application/json'),
        body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x7d]),
      }
    case 'form-garbage':
      return {
        kind,
        headers: type('application/x-www-form-urlencoded'),
        body: Buffer.from(
          pick(random, ['email=%E0%A4%A&consent=on', '%%%=%%%', 'email[]=a&email[]=b', 'a=1&'.repeat(5000), '=']),
        ),
      }
  }
}

/** The public API's reads, with garbage parameters; `{id}` gets a garbage id. */
export const readRoutes = [
  '/api/public/v1/project',
  '/api/public/v1/news',
  '/api/public/v1/news/{id}',
  '/api/public/v1/events',
  '/api/public/v1/partners',
  '/api/public/v1/deliverables',
  '/api/public/v1/categories',
  '/api/public/v1/openapi.json',
  '/api/users/me',
]

const garbageQueries = [
  'limit=-1',
  'limit=abc',
  'limit=1e309',
  'locale=xx',
  'locale[]=en',
  'site=../../etc',
  'cursor=%E0%A4%A',
  'cursor=eyJub3QiOiJhIGN1cnNvciJ9',
  'where[email][equals]=admin@example.org',
  'depth=100',
  'draft=true',
  'page=0',
  'page=99999999999999999999',
  'category=%3Cscript%3E',
  'when=sometime',
  'type[]=a&type[]=b',
  'a=%',
  `q=${'x'.repeat(8000)}`,
  'role=__proto__',
  'workPackage=1%20OR%201=1',
]
const garbageIds = [
  'abc',
  '-1',
  '1e99',
  '%00',
  '%E0%A4%A',
  '99999999999999999999',
  "1'%20OR%20'1'='1",
  '..%2F..%2Fusers',
]
const garbageCredentials: Record<string, string>[] = [
  { authorization: 'JWT not.a.token' },
  { authorization: 'Bearer x.y.z' },
  { authorization: `JWT ${'a'.repeat(10_000)}` },
  { cookie: 'payload-token=garbage' },
  { cookie: 'payload-token=%E0%A4%A' },
  { authorization: 'users API-Key not-a-key' },
]

/** Page paths whose percent-escapes do not decode, and other paths no page has. */
export const brokenPaths = [
  '/en/%E0%A4%A',
  '/%E0%A4%A',
  '/en/news/%ZZ',
  '/fr/%C0%AF',
  '/%',
  '/en/%FF%FE',
  '/en/news/%E0%A4%A/more',
  '/de/events/%E0%A4%A/event.ics',
  '/api/%E0%A4%A',
  '/admin/%E0%A4%A',
  '/widget/v1/%E0',
  '/en/search?q=%E0%A4%A',
]

/** At least `perRoute` requests for each route above, in a reproducible order. */
export const hostileRequests = (seed: number, perRoute: number): HostileRequest[] => {
  const random = seededRandom(seed)
  const requests: HostileRequest[] = []
  for (const route of writeRoutes)
    for (let n = 0; n < perRoute; n++)
      requests.push({ route, method: 'POST', path: route, ...hostileBody(random, route) })
  for (const route of readRoutes)
    for (let n = 0; n < perRoute; n++) {
      const path = route.replace('{id}', pick(random, garbageIds))
      const credentials = route === '/api/users/me' ? pick(random, garbageCredentials) : {}
      requests.push({
        route,
        kind: route === '/api/users/me' ? 'garbage-credentials' : 'garbage-parameters',
        method: 'GET',
        path: `${path}?${pick(random, garbageQueries)}&${pick(random, garbageQueries)}`,
        headers: credentials,
      })
    }
  for (const path of brokenPaths)
    for (const method of ['GET', 'HEAD'])
      requests.push({ route: 'pages with broken escapes', kind: 'broken-escape', method, path, headers: {} })
  return requests
}
