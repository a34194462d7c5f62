import { Resend, type CreateBatchEmailOptions, type CreateEmailOptions } from 'resend'

/**
 * The one place that talks to Resend. `RESEND_API_KEY` → Resend (at `RESEND_BASE_URL` when set);
 * no key but `RESEND_BASE_URL` → the local capture server (`npm run mail:dev`, tests, benches);
 * neither → emails are printed to the console, with a warning, so nothing fails silently.
 */

export type Email = CreateEmailOptions
export type BatchEmail = CreateBatchEmailOptions

export interface MailTransport {
  readonly kind: 'resend' | 'capture' | 'console'
  send(email: Email): Promise<{ id: string }>
  sendBatch(emails: BatchEmail[], options: { idempotencyKey: string }): Promise<{ ids: string[] }>
}

/** A refusal from Resend. Transient ones (rate limit, outage, network) are worth retrying. */
export class MailError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly code: string,
    readonly retryAfterMs?: number,
  ) {
    super(message)
    this.name = 'MailError'
  }

  get transient() {
    return this.status === null || this.status === 429 || this.status >= 500
  }
}

export const mailFrom = () => process.env.MAIL_FROM || 'WayOut <no-reply@wayout.localhost>'

/** Resend's default limit is 2 requests per second per team; raise it when Resend raises yours. */
export const resendRequestsPerSecond = () => Number(process.env.RESEND_REQUESTS_PER_SECOND || 2)

type Answer<T> = {
  data: T | null
  error: { message: string; name?: string; statusCode?: number | null } | null
  headers?: Record<string, string> | null
}

const unwrap = <T>({ data, error, headers }: Answer<T>): T => {
  if (!error && data) return data
  const status = error?.statusCode ?? null
  const retryAfter = Number(headers?.['retry-after'])
  throw new MailError(
    error?.message ?? 'Resend answered without data.',
    status,
    error?.name ?? 'unknown_error',
    Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : undefined,
  )
}

const resendTransport = (kind: 'resend' | 'capture', client: Resend): MailTransport => ({
  kind,
  send: async (email) => ({ id: unwrap(await client.emails.send(email)).id }),
  sendBatch: async (emails, { idempotencyKey }) => ({
    ids: unwrap(await client.batch.send(emails, { idempotencyKey })).data.map((sent) => sent.id),
  }),
})

let warned = false
let printed = 0

const consoleTransport = (): MailTransport => {
  const print = (email: BatchEmail) => {
    if (!warned) {
      console.warn('▸ Email: neither RESEND_API_KEY nor RESEND_BASE_URL is set, so emails are only printed here.')
      warned = true
    }
    console.info(`▸ Email to ${[email.to].flat().join(', ')}: ${email.subject}\n${email.text ?? ''}`)
    return `console-${++printed}`
  }
  return {
    kind: 'console',
    send: async (email) => ({ id: print(email) }),
    sendBatch: async (emails) => ({ ids: emails.map(print) }),
  }
}

let memo: { key: string; transport: MailTransport } | undefined

/** The transport for the current environment (tests change it, so it is keyed on the variables). */
export const mailTransport = (): MailTransport => {
  const { RESEND_API_KEY: apiKey, RESEND_BASE_URL: baseUrl } = process.env
  const key = `${apiKey ?? ''}|${baseUrl ?? ''}`
  if (memo?.key !== key) {
    const transport =
      apiKey || baseUrl
        ? resendTransport(apiKey ? 'resend' : 'capture', new Resend(apiKey || 're_capture_server', { baseUrl }))
        : consoleTransport()
    memo = { key, transport }
  }
  return memo.transport
}
