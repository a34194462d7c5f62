import { emailOrigin } from '@/mail/origin'
import { linkButtonRequest } from '@/plugins/newsletter/routes/linkButton'
import { publicWrite } from '@/public-forms/publicWrite'

import type { Payload } from 'payload'

import { eraseRegistration } from '../registration/erase'
import { cancelRegistration, confirmRegistration } from '../registration/lifecycle'
import { trainingAnswer, trainingProblemPage, type TrainingResult } from './answers'

/**
 * The buttons on the pages training emails link to: the signed token from the email, and the
 * page's locale for the answer, posted as the newsletter's buttons post them (linkButtonRequest). Limited per token as well as per IP.
 */
const linkButton = (
  act: (payload: Payload, token: string, origin: string) => Promise<TrainingResult>,
  endpoint: 'confirm' | 'unsubscribe',
) =>
  publicWrite({
    endpoint,
    schema: linkButtonRequest,
    maxBytes: 2 * 1024,
    fieldMessages: { token: 'invalidLink' },
    problemPage: trainingProblemPage,
    addressOf: (data) => data.token,
    handle: async (data, { payload, request }) =>
      trainingAnswer(request, await act(payload, data.token, await emailOrigin(payload)), data.locale),
  })

export const confirmButton = linkButton(confirmRegistration, 'confirm')
export const cancelButton = linkButton(cancelRegistration, 'unsubscribe')
export const eraseButton = linkButton(eraseRegistration, 'unsubscribe')
