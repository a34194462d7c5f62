import { expect } from 'vitest'

import { password } from './fixtures'

/** A session token for `email`, signed in over REST on `baseUrl` as the admin panel signs in. */
export const signInOverHttp = async (baseUrl: string, email: string, secret = password) => {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: secret }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}
