import { publicApiClient } from '@/plugins/public-api/client'

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
type Route = { GET: Handler }

// Imported when first called: the handlers load the Payload config, which must see the test's
// DATABASE_URI (set by startPayload) rather than the default database.
const routes: [RegExp, () => Promise<Route>][] = [
  [/^\/api\/public\/v1\/project$/, () => import('@/app/api/public/v1/project/route')],
  [/^\/api\/public\/v1\/news$/, () => import('@/app/api/public/v1/news/route')],
  [/^\/api\/public\/v1\/news\/(?<id>[^/]+)$/, () => import('@/app/api/public/v1/news/[id]/route')],
  [/^\/api\/public\/v1\/events$/, () => import('@/app/api/public/v1/events/route')],
  [/^\/api\/public\/v1\/partners$/, () => import('@/app/api/public/v1/partners/route')],
  [/^\/api\/public\/v1\/deliverables$/, () => import('@/app/api/public/v1/deliverables/route')],
  [/^\/api\/public\/v1\/categories$/, () => import('@/app/api/public/v1/categories/route')],
]

/** The public API's route handlers called in this process, as Next calls them (no server needed). */
export const callPublicApi = async (input: string | URL, init?: RequestInit): Promise<Response> => {
  const request = new Request(new URL(input, 'http://cms.localhost:3000'), init)
  const { pathname } = new URL(request.url)
  for (const [pattern, route] of routes) {
    const match = pattern.exec(pathname)
    if (match) return (await route()).GET(request, { params: Promise.resolve({ ...match.groups }) })
  }
  throw new Error(`no public API route for ${pathname}`)
}

/** The typed client, talking to the in-process handlers. */
export const inProcessClient = () =>
  publicApiClient('http://cms.localhost:3000', { fetch: callPublicApi as typeof fetch })
