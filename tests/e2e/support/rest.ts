import { samplePdf } from '../../support/samplePdf'

/** A signed-in REST client for the running app: how the e2e suite adds its own test content. */
export const restClient = async (origin: string, credentials: { email: string; password: string }) => {
  const login = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  const call = async <T = { id: number }>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${origin}/api${path}`, {
      method,
      headers: {
        authorization: `JWT ${token}`,
        ...(body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      },
      body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await response.json()) as { doc?: T; errors?: unknown }
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json.errors ?? json)}`)
    return (json.doc ?? json) as T
  }
  return { token, call }
}

export const onePagePdf = () => new Blob([samplePdf()], { type: 'application/pdf' })
