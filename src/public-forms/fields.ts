import { z } from 'zod'

import { emailMaxLength, honeypotMaxLength } from './formFields'

/** An email address as every public form takes it. */
export const emailAddress = z.email().max(emailMaxLength)

/** The honeypot's value: empty from people, anything from robots (who get the same answer). */
export const honeypot = z.string().max(honeypotMaxLength).optional()

/** An HTML checkbox posts `on`; JSON clients send `true`. */
export const formBoolean = z
  .union([z.boolean(), z.enum(['on', 'true', 'false', '1', '0'])])
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true' || value === '1')

/** The consent checkbox: required to be ticked. */
export const consentGiven = formBoolean.refine((given) => given, 'consent not given')
