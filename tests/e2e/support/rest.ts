import { samplePdf } from '../../support/samplePdf'

/**
 * A signed-in REST client for the running app: how the e2e suite adds its own test content.
 * Specs share the one admin session signed in by the global setup (`E2E_ADMIN_TOKEN`): Payload
 * keeps a user's sessions in one list it reads and rewrites at each sign-in, so two sign-ins of
 * one user at the same moment can drop one another's session.
 */
export const restClient = async (
  origin: string,
  credentials: { email: string; password: string } | { token: string },
) => {
  const token = 'token' in credentials ? credentials.token : await signIn(origin, credentials)
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

const signIn = async (origin: string, credentials: { email: string; password: string }) => {
  const login = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`)
  return ((await login.json()) as { token: string }).token
}

/** The admin session the global setup signed in, for the specs' REST calls. */
export const adminClient = (origin: string) => restClient(origin, { token: process.env.E2E_ADMIN_TOKEN! })

export const onePagePdf = () => new Blob([samplePdf()], { type: 'application/pdf' })
