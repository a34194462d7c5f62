import config from '@payload-config'
import { getPayload } from 'payload'
import { Resend } from 'resend'
import { z } from 'zod'

import { clientIp } from '@/public-forms/clientIp'
import { consumeRateLimit } from '@/public-forms/rateLimit'
import { PublicWriteProblem, readLimited } from '@/public-forms/readBody'

import { recordDeliveryEvent } from '../sending/deliveryEvents'

const maxBytes = 256 * 1024

const event = z.object({
  type: z.string(),
  data: z
    .object({
      email_id: z.string().optional(),
      to: z.union([z.string(), z.array(z.string())]).optional(),
      bounce: z.object({ type: z.string().optional() }).partial().optional(),
    })
    .partial(),
})

const problem = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { status, code, message } }, { status, headers: { 'cache-control': 'no-store', ...headers } })

/**
 * Resend's webhooks (Svix-signed): `email.bounced` and `email.complained` mark the subscriber.
 * The signature is checked on the exact bytes received, before anything is parsed or stored.
 */
export async function POST(request: Request) {
  const secret = process.env.RESEND_WEBHOOK_SECRET
  if (!secret) return problem(503, 'not_configured', 'Webhooks are not configured (RESEND_WEBHOOK_SECRET).')
  const payload = await getPayload({ config })
  const limited = await consumeRateLimit(payload, 'webhook', { ip: clientIp(request) })
  if (!limited.ok)
    return problem(429, 'rate_limited', 'Too many requests.', { 'retry-after': String(limited.retryAfterSeconds) })
  let raw: string
  try {
    // Bounded like the public forms: a chunked body is not read past maxBytes.
    raw = new TextDecoder().decode(await readLimited(request, maxBytes))
  } catch (error) {
    if (error instanceof PublicWriteProblem) return problem(error.status, error.code, error.message)
    throw error
  }

  const headers = {
    id: request.headers.get('svix-id') ?? '',
    timestamp: request.headers.get('svix-timestamp') ?? '',
    signature: request.headers.get('svix-signature') ?? '',
  }
  let verified: unknown
  try {
    // Only verification is used from this client; it needs a key to exist.
    verified = new Resend(process.env.RESEND_API_KEY || 're_verify_only').webhooks.verify({
      payload: raw,
      headers,
      webhookSecret: secret,
    })
  } catch {
    return problem(401, 'invalid_signature', 'The webhook signature is missing, stale or wrong.')
  }
  const parsed = event.safeParse(verified)
  if (!parsed.success) return problem(400, 'invalid_event', 'The event is not in the expected shape.')
  const { type, data } = parsed.data
  if (type !== 'email.bounced' && type !== 'email.complained') return Response.json({ result: 'ignored' })
  const result = await recordDeliveryEvent(payload, {
    type,
    emailId: data.email_id,
    to: typeof data.to === 'string' ? [data.to] : (data.to ?? []),
    bounceType: data.bounce?.type,
  })
  return Response.json({ result })
}
