import { z } from 'zod'

import { answer, subscriptionProblemPage } from '@/newsletter/answers'
import { erase } from '@/newsletter/subscriptions'
import { publicWrite } from '@/public-write/publicWrite'

export const dynamic = 'force-dynamic'

/** The data deletion request, from the unsubscribe page: the same signed token proves the address. */
export const { POST, OPTIONS } = publicWrite({
  endpoint: 'unsubscribe',
  schema: z.object({
    token: z.string().min(1).max(512),
    locale: z.string().max(5).optional(),
  }),
  maxBytes: 2 * 1024,
  fieldMessages: { token: 'invalidLink' },
  problemPage: subscriptionProblemPage,
  addressOf: (data) => data.token,
  handle: async (data, { payload, request }) => answer(request, await erase(payload, data.token), data.locale),
})
