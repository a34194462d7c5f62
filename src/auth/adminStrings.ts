import type { NestedKeysStripped } from '@payloadcms/translations'

import type { Locale } from '@/i18n/locales'

/**
 * Our own admin strings, in the admin's five languages, merged into Payload's (config `i18n`):
 * client components read them with `useTranslation`, endpoints with `req.t`, so an editor gets
 * one language from the buttons to the answers. `{{name}}` is Payload's interpolation. The newsletter
 * plugin adds its own (src/plugins/newsletter/admin/strings.ts).
 */
const en = {
  signIn: {
    tooManyAttempts_one: 'Too many attempts: please wait {{count}} minute and try again.',
    tooManyAttempts_other: 'Too many attempts: please wait {{count}} minutes and try again.',
  },
}

type Strings = typeof en

const fr: Strings = {
  signIn: {
    tooManyAttempts_one: 'Trop de tentatives : veuillez patienter {{count}} minute puis réessayer.',
    tooManyAttempts_other: 'Trop de tentatives : veuillez patienter {{count}} minutes puis réessayer.',
  },
}

const de: Strings = {
  signIn: {
    tooManyAttempts_one: 'Zu viele Versuche: Bitte warten Sie {{count}} Minute und versuchen Sie es dann erneut.',
    tooManyAttempts_other: 'Zu viele Versuche: Bitte warten Sie {{count}} Minuten und versuchen Sie es dann erneut.',
  },
}

const pt: Strings = {
  signIn: {
    tooManyAttempts_one: 'Demasiadas tentativas: aguarde {{count}} minuto e tente novamente.',
    tooManyAttempts_other: 'Demasiadas tentativas: aguarde {{count}} minutos e tente novamente.',
  },
}

const nl: Strings = {
  signIn: {
    tooManyAttempts_one: 'Te veel pogingen: wacht {{count}} minuut en probeer het dan opnieuw.',
    tooManyAttempts_other: 'Te veel pogingen: wacht {{count}} minuten en probeer het dan opnieuw.',
  },
}

export const adminTranslations = { en, fr, de, pt, nl } satisfies Record<Locale, Strings>

export type AdminTranslationKeys = NestedKeysStripped<Strings>

export type AdminText = (key: AdminTranslationKeys, values?: Record<string, unknown>) => string

/** Payload's `t` (typed for its own keys only) as a reader of these keys too. */
export const adminText = (t: unknown) => t as AdminText
