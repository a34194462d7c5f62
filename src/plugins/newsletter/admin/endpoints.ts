import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff, memberOf } from '@/access/roles'
import { isLocale, localeNames, type Locale } from '@/i18n/locales'
import { emailOrigin } from '@/mail/origin'
import { mailFrom, mailTransport } from '@/mail/transport'
import type { Newsletter, User } from '@/payload-types'

import { subscriptionLinks } from '../links'
import { personalise, renderIssue } from '../sending/renderIssue'
import { newsletterQueue } from '../sending/sendTask'
import { newsletterText, type NewsletterText } from './strings'
import { sendingTimeFormat } from './timeFormat'

/**
 * The admin's newsletter actions: send a test to oneself, send now, schedule, unschedule. Each
 * answers in the editor's admin language (./strings.ts).
 */

const answer = (status: number, message: string) => Response.json({ message }, { status })

const validTimeZone = (zone: unknown) => {
  if (typeof zone !== 'string') return undefined
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone
  } catch {
    return undefined
  }
}

/** A moment as the editor reads it: in their browser's time zone, named, else the admin's default. */
const readableTime = (req: PayloadRequest, when: Date, zone: unknown) =>
  new Intl.DateTimeFormat(req.i18n.language, {
    ...sendingTimeFormat,
    timeZone: validTimeZone(zone) ?? req.payload.config.admin.timezones?.defaultTimezone,
  }).format(when)

const staffOnly =
  (
    handler: (req: PayloadRequest, issue: Newsletter, user: User, t: NewsletterText) => Promise<Response>,
  ): Endpoint['handler'] =>
  async (req) => {
    const t = newsletterText(req.t)
    const user = memberOf(req)
    if (!user || !isStaff(user)) return answer(403, t('newsletterActions:staffOnly'))
    const id = String(req.routeParams?.id ?? '')
    const issue = await req.payload.findByID({ collection: 'newsletters', id, depth: 0, disableErrors: true })
    if (!issue) return answer(404, t('newsletterActions:notFound'))
    return handler(req, issue, user, t)
  }

/** The action's JSON body; `null` when there is none or it is not a JSON object. */
const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown> | null> => {
  try {
    const body = (await req.json?.()) as unknown
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null
  } catch {
    return null
  }
}

const notEditable = (issue: Newsletter, t: NewsletterText) =>
  issue.status === 'sending'
    ? answer(409, t('newsletterActions:alreadySending'))
    : issue.status === 'sent'
      ? answer(409, t('newsletterActions:alreadySent'))
      : null

export const newsletterEndpoints: Endpoint[] = [
  {
    path: '/:id/send-test',
    method: 'post',
    handler: staffOnly(async (req, issue, user, t) => {
      const { locale: asked } = (await bodyOf(req)) ?? {}
      const locale: Locale = isLocale(asked) ? asked : 'en'
      const origin = await emailOrigin(req.payload)
      const rendered = await renderIssue(req.payload, issue.id, locale, origin)
      const email = personalise(rendered, subscriptionLinks(origin, locale).archive())
      await mailTransport().send({ from: mailFrom(), to: user.email, ...email, subject: `[Test] ${email.subject}` })
      return answer(200, t('newsletterActions:testSent', { language: localeNames[locale], email: user.email }))
    }),
  },
  {
    // `{ now: true }` sends now; `{ at }` sends at that moment, which must still be ahead. Anything
    // else is refused: a body that went astray must never mean "send to everyone".
    path: '/:id/schedule',
    method: 'post',
    handler: staffOnly(async (req, issue, _user, t) => {
      const refused = notEditable(issue, t)
      if (refused) return refused
      const body = await bodyOf(req)
      const now = new Date()
      const sendNow = body?.now === true
      const when = sendNow ? now : typeof body?.at === 'string' ? new Date(body.at) : new Date(Number.NaN)
      if (Number.isNaN(when.getTime())) return answer(400, t('newsletterActions:invalidTime'))
      if (!sendNow && when <= now) return answer(400, t('newsletterActions:pastTime'))
      await req.payload.update({
        collection: 'newsletters',
        id: issue.id,
        data: { status: 'scheduled', scheduledFor: when.toISOString() },
        depth: 0,
      })
      if (!sendNow)
        return answer(200, t('newsletterActions:scheduledFor', { time: readableTime(req, when, body?.timeZone) }))
      // Sending now should not wait for the job runner's next minute.
      void req.payload.jobs
        .run({ queue: newsletterQueue })
        .catch((error) => req.payload.logger.error({ err: error }, 'newsletter sending failed to start'))
      return answer(200, t('newsletterActions:sendingStarted'))
    }),
  },
  {
    path: '/:id/unschedule',
    method: 'post',
    handler: staffOnly(async (req, issue, _user, t) => {
      if (issue.status !== 'scheduled') return answer(409, t('newsletterActions:onlyScheduled'))
      await req.payload.update({ collection: 'newsletters', id: issue.id, data: { status: 'draft' }, depth: 0 })
      return answer(200, t('newsletterActions:backToDraft'))
    }),
  },
]
