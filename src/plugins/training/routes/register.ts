import { z } from 'zod'

import { countryCodes } from '@/fields/countries'
import { locales } from '@/i18n/locales'
import { emailOrigin } from '@/mail/origin'
import { consentGiven, emailAddress, honeypot } from '@/public-forms/fields'
import { publicWrite } from '@/public-forms/publicWrite'
import { PublicWriteProblem } from '@/public-forms/readBody'
import { saltedHash } from '@/public-forms/saltedHash'

import { participantRoles } from '../audiences'
import { register, RegistrationRefused } from '../registration/lifecycle'
import { registrationTextLimits } from '../registration/limits'
import { trainingAnswer, trainingProblemPage } from './answers'

/** The registration form's fields; also in the OpenAPI document. */
export const registrationRequest = z.object({
  edition: z.coerce.number().int().positive(),
  name: z.string().trim().min(1).max(registrationTextLimits.name),
  email: emailAddress,
  organisation: z.string().trim().max(registrationTextLimits.organisation).optional(),
  country: z.enum(countryCodes),
  role: z.enum(participantRoles),
  locale: z.enum(locales).default('en'),
  consent: consentGiven,
  /** The honeypot: people never see it, robots fill it in. */
  website: honeypot,
})

/**
 * Registration for an edition (the training page's form, `<wayout-training>` on partner sites):
 * the same answer for every address, new, pending or already registered; robots caught by the
 * honeypot get it too. Only an edition closed for registration, or a role the course does not
 * offer, is refused.
 */
export const { POST, OPTIONS } = publicWrite({
  endpoint: 'trainingRegistration',
  schema: registrationRequest,
  maxBytes: 4 * 1024,
  cors: true,
  addressOf: (data) => data.email,
  fieldMessages: {
    edition: 'trainingEdition',
    name: 'contactName',
    email: 'email',
    organisation: 'organisation',
    country: 'country',
    role: 'trainingRole',
    consent: 'trainingConsent',
  },
  problemPage: trainingProblemPage,
  handle: async (data, { payload, ip, request }) => {
    if (!data.website)
      try {
        await register(payload, {
          ...data,
          ipHash: saltedHash('registrations:client-ip', ip),
          origin: await emailOrigin(payload),
        })
      } catch (error) {
        if (!(error instanceof RegistrationRefused)) throw error
        throw Object.assign(new PublicWriteProblem(400, `${error.field}_refused`, error.message, error.field), {
          locale: data.locale,
        })
      }
    return trainingAnswer(request, 'accepted', data.locale)
  },
})
