import { z } from 'zod'

import { locales } from '@/i18n/locales'
import { emailOrigin } from '@/mail/origin'
import { consentGiven, emailAddress, honeypot } from '@/public-forms/fields'
import { publicWrite } from '@/public-forms/publicWrite'
import { ipHashFor } from '@/public-forms/saltedHash'

import { consentVersion } from '../subscribers/consent'
import { signUp } from '../subscribers/subscriptions'
import { answer, subscriptionProblemPage } from './answers'

/** The sign-up's fields (JSON or an HTML form post); also the OpenAPI document's request body. */
export const signUpRequest = z.object({
  email: emailAddress,
  locale: z.enum(locales).default('en'),
  consent: consentGiven,
  consentVersion: z
    .string()
    .optional()
    .refine((version) => version === undefined || version === consentVersion, 'not the current consent wording'),
  source: z.enum(['website', 'widget']).default('website'),
  /** The honeypot: people never see it, robots fill it in. */
  website: honeypot,
})

/**
 * The newsletter sign-up (website form and `<wayout-subscribe>` on partner sites): the same
 * answer for every address, new or known; robots caught by the honeypot get it too.
 */
export const { POST, OPTIONS } = publicWrite({
  endpoint: 'subscribe',
  schema: signUpRequest,
  maxBytes: 4 * 1024,
  cors: true,
  addressOf: (data) => data.email,
  fieldMessages: { email: 'email', consent: 'newsletterConsent', consentVersion: 'consentVersion' },
  problemPage: subscriptionProblemPage('form'),
  handle: async (data, { payload, ip, request }) => {
    if (!data.website)
      await signUp(payload, {
        email: data.email,
        locale: data.locale,
        source: data.source,
        ipHash: ipHashFor('subscribers', ip),
        origin: await emailOrigin(payload),
      })
    return answer(request, 'accepted', data.locale)
  },
})
