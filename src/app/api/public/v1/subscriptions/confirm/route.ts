import { z } from 'zod'

import { answer, subscriptionProblemPage } from '@/newsletter/answers'
import { confirm } from '@/newsletter/subscriptions'
import { publicWrite } from '@/public-write/publicWrite'

export const dynamic = 'force-dynamic'

/** The confirmation page's button: the signed token from the email confirms the subscription. */
export const { POST, OPTIONS } = publicWrite({
  endpoint: 'confirm',
  schema: z.object({
    token: z.string().min(1).max(512),
    locale: z.string().max(5).optional(),
  }),
  maxBytes: 2 * 1024,
  fieldMessages: { token: 'invalidLink' },
  problemPage: subscriptionProblemPage,
  addressOf: (data) => data.token,
  handle: async (data, { payload, request }) => answer(request, await confirm(payload, data.token), data.locale),
})
