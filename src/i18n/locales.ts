/** The one locale list: Payload's content localisation, the admin languages and next-intl routing all read it. */
export const locales = ['en', 'fr', 'de', 'pt', 'nl'] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'en'

/** Each language named in itself, as a reader looks for it in a switcher. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  pt: 'Português',
  nl: 'Nederlands',
}

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value)
