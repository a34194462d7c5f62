import type { Payload, TaskConfig } from 'payload'

import { emailOrigin } from '@/mail/origin'

import { sendTrainingMail } from './mails'

/** How long before a session its participants are reminded. */
export const reminderLeadMs = 24 * 60 * 60 * 1000

/**
 * Reminds every seated participant of each session starting within `reminderLeadMs`, once per
 * session: each reminder sent is noted on the registration before the next is sent, so a run
 * stopped half-way resumes without repeating one.
 */
export const sendDueReminders = async (payload: Payload, origin: string, now = new Date()) => {
  const until = new Date(now.getTime() + reminderLeadMs)
  const { docs: editions } = await payload.find({
    collection: 'course-editions',
    where: {
      and: [
        { 'sessions.startsAt': { greater_than: now.toISOString() } },
        { 'sessions.startsAt': { less_than_equal: until.toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
  })
  let sent = 0
  for (const edition of editions) {
    const due = edition.sessions
      .map((session, index) => ({ number: index + 1, startsAt: new Date(session.startsAt) }))
      .filter(({ startsAt }) => startsAt > now && startsAt <= until)
    if (!due.length) continue
    const { docs: seated } = await payload.find({
      collection: 'registrations',
      where: { edition: { equals: edition.id }, status: { equals: 'registered' } },
      pagination: false,
      depth: 0,
    })
    for (const registration of seated)
      for (const { number } of due) {
        if (registration.reminded?.some((row) => row.session === number)) continue
        await sendTrainingMail(payload, 'reminder', registration, origin)
        registration.reminded = [...(registration.reminded ?? []), { session: number }]
        await payload.update({
          collection: 'registrations',
          id: registration.id,
          data: { reminded: registration.reminded },
          depth: 0,
        })
        sent += 1
      }
  }
  return sent
}

/** Run every hour by Payload's job runner, on the default queue. */
export const sendRemindersTask: TaskConfig<'sendSessionReminders'> = {
  slug: 'sendSessionReminders',
  label: 'Remind training participants of their next session',
  schedule: [{ cron: '0 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ req }) => ({
    output: { sent: await sendDueReminders(req.payload, await emailOrigin(req.payload)) },
  }),
}
