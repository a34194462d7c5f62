import { apiBase } from '@/plugins/public-api/paths'

/** The training course's public write paths: registration, the confirmation, cancel and erase buttons, the certificate download, the
 * registration form's strings for the widget. */
export const trainingPaths = {
  registrations: `${apiBase}/training/registrations`,
  confirm: `${apiBase}/training/confirm`,
  cancel: `${apiBase}/training/cancel`,
  erase: `${apiBase}/training/erase`,
  certificate: `${apiBase}/training/certificate`,
  formStrings: `${apiBase}/training/form-strings`,
} as const
