import { samplePdf } from '../samplePdf'

/** What an editor does over REST on one origin (an instance, or nginx in front of them). */
export const editingOn = (url: string, token: string) => {
  const auth = { authorization: `JWT ${token}` }
  const send = async (method: string, path: string, body: object) => {
    const response = await fetch(`${url}/api${path}`, {
      method,
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  return {
    create: (collection: string, data: object) => send('POST', `/${collection}?depth=0`, data),
    update: (collection: string, id: number, data: object) => send('PATCH', `/${collection}/${id}?depth=0`, data),
    /** Uploads a small PDF as a document; `restricted` makes it partners-only. */
    uploadPdf: async (name: string, restricted: boolean) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(samplePdf())], { type: 'application/pdf' }), name)
      form.append('_payload', JSON.stringify({ title: name, restricted }))
      const response = await fetch(`${url}/api/documents?depth=0`, { method: 'POST', headers: auth, body: form })
      return { status: response.status, body: (await response.json()) as { doc?: { id: number; filename: string } } }
    },
    /** Downloads a document's file, as this editor (`signedIn`) or as the public. */
    download: (filename: string, signedIn: boolean) =>
      fetch(`${url}/api/documents/file/${encodeURIComponent(filename)}`, signedIn ? { headers: auth } : {}),
  }
}
