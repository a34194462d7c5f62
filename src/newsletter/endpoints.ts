import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '@/access/roles'
import { isLocale, type Locale } from '@/i18n/locales'
import { mailFrom, mailTransport } from '@/mail/transport'
import type { User } from '@/payload-types'

import { emailOrigin, subscriptionLinks } from './links'
import { personalise, renderIssue } from './renderIssue'
import { newsletterQueue } from './sendTask'

/** The admin's newsletter actions: send a test to oneself, send now, schedule, unschedule. */

const answer = (status: number, message: string) => Response.json({ message }, { status })

const staffOnly =
  (handler: (req: PayloadRequest, id: string, user: User) => Promise<Response>): Endpoint['handler'] =>
  async (req) => {
    const user = req.user as User | null
    if (!isStaff(user)) return answer(403, 'Only editors and admins may do this.')
    const id = String(req.routeParams?.id ?? '')
    const issue = await req.payload.findByID({ collection: 'newsletters', id, depth: 0, disableErrors: true })
    if (!issue) return answer(404, 'No such newsletter issue.')
    return handler(req, id, user as User)
  }

const bodyOf = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    return ((await req.json?.()) as Record<string, unknown>) ?? {}
  } catch {
    return {}
  }
}

export const newsletterEndpoints: Endpoint[] = [
  {
    path: '/:id/send-test',
    method: 'post',
    handler: staffOnly(async (req, id, user) => {
      const { locale: asked } = await bodyOf(req)
      const locale: Locale = isLocale(asked) ? asked : 'en'
      const origin = await emailOrigin(req.payload)
      const issue = await renderIssue(req.payload, id, locale, origin)
      const email = personalise(issue, subscriptionLinks(origin, locale).archive())
      await mailTransport().send({ from: mailFrom(), to: user.email, ...email, subject: `[Test] ${email.subject}` })
      return answer(200, `Test email (${locale}) sent to ${user.email}.`)
    }),
  },
  {
    path: '/:id/schedule',
    method: 'post',
    handler: staffOnly(async (req, id) => {
      const { at } = await bodyOf(req)
      const when = typeof at === 'string' ? new Date(at) : new Date()
      if (Number.isNaN(when.getTime())) return answer(400, 'The sending time is not a valid date.')
      const issue = await req.payload.findByID({ collection: 'newsletters', id, depth: 0 })
      if (issue.status === 'sending' || issue.status === 'sent')
        return answer(409, `This issue is already ${issue.status}.`)
      await req.payload.update({
        collection: 'newsletters',
        id,
        data: { status: 'scheduled', scheduledFor: when.toISOString() },
        depth: 0,
      })
      // Sending now should not wait for the job runner's next minute.
      if (when <= new Date())
        void req.payload.jobs
          .run({ queue: newsletterQueue })
          .catch((error) => req.payload.logger.error({ err: error }, 'newsletter sending failed to start'))
      return answer(200, when <= new Date() ? 'Sending has started.' : `Scheduled for ${when.toISOString()}.`)
    }),
  },
  {
    path: '/:id/unschedule',
    method: 'post',
    handler: staffOnly(async (req, id) => {
      const issue = await req.payload.findByID({ collection: 'newsletters', id, depth: 0 })
      if (issue.status !== 'scheduled') return answer(409, 'Only a scheduled issue can be taken back to draft.')
      await req.payload.update({ collection: 'newsletters', id, data: { status: 'draft' }, depth: 0 })
      return answer(200, 'Back to draft: it will not be sent.')
    }),
  },
]
