import { wantsPage } from '@/public-forms/formPost'
import { publicWrite } from '@/public-forms/publicWrite'
import { ipHashFor } from '@/public-forms/saltedHash'

import { practiceFieldMessages, practiceSubmission, submitPractice } from './submission'

/**
 * The practice repository's public form. A plain form post (no JavaScript) is redirected to the
 * thank-you page; scripts get JSON. Robots caught by the honeypot get the same answer.
 */
export const { POST, OPTIONS } = publicWrite({
  endpoint: 'practiceSubmission',
  schema: practiceSubmission,
  maxBytes: 24 * 1024,
  addressOf: (data) => data.email,
  fieldMessages: practiceFieldMessages,
  problemPage: (locale, reason) => `/${locale}/practices/submit?problem=${reason}`,
  handle: async (data, { payload, ip, request }) => {
    if (!data.website) await submitPractice(payload, data, ipHashFor('practices', ip))
    if (wantsPage(request))
      return new Response(null, {
        status: 303,
        headers: { location: `/${data.locale}/practices/submit?sent=1`, 'cache-control': 'no-store' },
      })
    return Response.json({ result: 'submitted' }, { status: 202, headers: { 'cache-control': 'no-store' } })
  },
})
