import type { PayloadRequest } from 'payload'

import { escapeHtml } from '@/mail/layout'
import { emailOrigin } from '@/mail/origin'

/**
 * The reset link, absolute and from configuration alone (SERVER_URL, else the project's own
 * origin): Payload's default is relative when serverURL is unset, and a Host header would let the
 * requester choose where the token is sent.
 */
export const resetPasswordLink = async (req: PayloadRequest, token: string) => {
  const { routes, admin } = req.payload.config
  return `${await emailOrigin(req.payload)}${routes.admin}${admin.routes.reset}/${encodeURIComponent(token)}`
}

/** Payload's own wording, in the language the admin was used in when the reset was asked for. */
export const resetPasswordEmailHtml = async ({ req, token }: { req?: PayloadRequest; token?: string } = {}) => {
  if (!req || !token) throw new Error('The reset email needs the request and the token')
  const link = escapeHtml(await resetPasswordLink(req, token))
  return [
    `<p>${escapeHtml(req.t('authentication:youAreReceivingResetPassword'))}</p>`,
    `<p><a href="${link}">${link}</a></p>`,
    `<p>${escapeHtml(req.t('authentication:youDidNotRequestPassword'))}</p>`,
  ].join('\n')
}

export const resetPasswordEmailSubject = ({ req }: { req?: PayloadRequest } = {}) =>
  req ? req.t('authentication:resetYourPassword') : 'Reset your password'
