/**
 * The one rule for "not translated", shared by the public pages (which mark English stand-ins,
 * src/content/fallback.ts) and the admin (which shows what is left to translate,
 * src/plugins/translation-status/).
 *
 * A value is missing when it is null, absent or an empty string. It is Payload's own fallback
 * rule, so an empty list is a value (Payload shows it as it is, never the English list).
 */
export const isMissing = (value: unknown) => value === null || value === undefined || value === ''

/** A field shows English when the locale holds nothing of its own but English (`shown`) does. */
export const fellBack = (shown: unknown, own: unknown) => isMissing(own) && !isMissing(shown)
