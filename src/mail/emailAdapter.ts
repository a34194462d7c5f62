import type { EmailAdapter, SendEmailOptions } from 'payload'

import { mailFrom, mailTransport } from './transport'

type Address = string | { address: string; name?: string }

const formatAddress = (address: Address) =>
  typeof address === 'string' ? address : address.name ? `${address.name} <${address.address}>` : address.address

/** Payload's `to`/`cc`/`bcc` may be one address, an object or a list of either. */
const addresses = (value: unknown): string[] | undefined => {
  if (value === undefined || value === null || value === '') return undefined
  return (Array.isArray(value) ? value : [value]).map((item) => formatAddress(item as Address))
}

/** `WayOut <no-reply@…>` → its parts, for Payload's defaults. */
const splitFrom = (from: string) => {
  const match = /^(.*?)\s*<([^>]+)>$/.exec(from)
  return match ? { name: match[1], address: match[2] } : { name: 'WayOut', address: from }
}

/**
 * Payload's email (password resets, admin messages) through our Resend transport, so it goes
 * where the newsletter goes: Resend, the capture server, or the console. Ours, not
 * `@payloadcms/email-resend`, which hard-codes Resend's URL.
 */
export const resendEmailAdapter = (): EmailAdapter<{ id: string }> => () => {
  const from = splitFrom(mailFrom())
  return {
    name: 'resend',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message: SendEmailOptions) => {
      const to = addresses(message.to)
      if (!to?.length) throw new Error('An email needs at least one recipient.')
      const html = typeof message.html === 'string' ? message.html : undefined
      const text = typeof message.text === 'string' ? message.text : undefined
      return mailTransport().send({
        from: message.from ? formatAddress(message.from as Address) : mailFrom(),
        to,
        cc: addresses(message.cc),
        bcc: addresses(message.bcc),
        replyTo: addresses(message.replyTo),
        subject: message.subject ?? '',
        ...(html ? { html, ...(text ? { text } : {}) } : { text: text ?? '' }),
        headers:
          message.headers && !Array.isArray(message.headers) ? (message.headers as Record<string, string>) : undefined,
      })
    },
  }
}
