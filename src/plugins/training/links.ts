import type { Locale } from '@/i18n/locales'

const withToken = (url: string, token: string) => `${url}?token=${encodeURIComponent(token)}`

/** The addresses training emails link to, on `origin` (see src/mail/origin.ts), in the participant's language. */
export const trainingLinks = (origin: string, locale: Locale) => ({
  confirm: (token: string) => withToken(`${origin}/${locale}/training/confirm`, token),
  participant: (token: string) => withToken(`${origin}/${locale}/training/participant`, token),
})
