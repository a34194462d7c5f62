import config from '@payload-config'
import { getPayload } from 'payload'

import { isStaff, memberOf } from '@/access/roles'
import { isLocale } from '@/i18n/locales'
import { emailOrigin } from '@/mail/origin'

import { subscriptionLinks } from '../links'
import { personalise, renderIssue } from '../sending/renderIssue'

/**
 * An issue exactly as subscribers will get it, for editors: `/next/newsletter-email?id=1&locale=fr`
 * (`&format=text` for the plain-text part). The unsubscribe link points at the archive here.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaff(memberOf({ user }))) return new Response('Sign in to the admin as an editor.', { status: 403 })
  const locale = params.get('locale')
  if (!isLocale(locale)) return new Response('Unknown locale.', { status: 400 })
  const id = params.get('id') ?? ''
  const exists = await payload.findByID({ collection: 'newsletters', id, depth: 0, disableErrors: true })
  if (!exists) return new Response('No such newsletter issue.', { status: 404 })
  const origin = await emailOrigin(payload)
  const email = personalise(await renderIssue(payload, id, locale, origin), subscriptionLinks(origin, locale).archive())
  const text = params.get('format') === 'text'
  return new Response(text ? `Subject: ${email.subject}\n\n${email.text}` : email.html, {
    headers: {
      'content-type': text ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // An email's own styles are inline; nothing in it may run.
      'content-security-policy':
        "default-src 'none'; img-src http: https: data:; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  })
}
