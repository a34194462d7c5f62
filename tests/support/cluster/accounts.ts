import { password } from '../fixtures'
import { signInOverHttp } from '../signIn'

const json = { 'content-type': 'application/json' }

/**
 * The people a fresh site needs, made over HTTP as on a new server: the first user registers (and
 * is made an admin), then creates an editor. Returns the editor's session token and the id of
 * the site served as the default (`wayout`).
 */
export const editorOf = async (url: string) => {
  const first = await fetch(`${url}/api/users/first-register`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: 'admin@example.test', password }),
  })
  if (!first.ok) throw new Error(`first-register answered ${first.status}: ${await first.text()}`)
  const admin = await signInOverHttp(url, 'admin@example.test')
  const created = await fetch(`${url}/api/users`, {
    method: 'POST',
    headers: { ...json, authorization: `JWT ${admin}` },
    body: JSON.stringify({ email: 'editor@example.test', password, roles: ['editor'] }),
  })
  if (!created.ok) throw new Error(`creating the editor answered ${created.status}: ${await created.text()}`)
  const sites = (await (await fetch(`${url}/api/sites?depth=0&limit=10`)).json()) as {
    docs: { id: number; key: string }[]
  }
  const site = sites.docs.find((doc) => doc.key === 'wayout')
  if (!site) throw new Error('the seed made no `wayout` site')
  return { token: await signInOverHttp(url, 'editor@example.test'), siteId: site.id }
}
