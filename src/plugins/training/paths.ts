import { apiBase } from '@/plugins/public-api/paths'

/** The training course's public write paths: registration, the confirmation and cancel buttons, the certificate download. */
export const trainingPaths = {
  registrations: `${apiBase}/training/registrations`,
  confirm: `${apiBase}/training/confirm`,
  cancel: `${apiBase}/training/cancel`,
  certificate: `${apiBase}/training/certificate`,
} as const
