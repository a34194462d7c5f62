/**
 * What every public form shares, here without any dependency so the site forms and the widget
 * bundle can import it too: the server checks (zod, in ./fields.ts) and the forms' attributes
 * come from the same values.
 */

/** The longest email address there can be (RFC 5321). */
export const emailMaxLength = 254

/** The honeypot: a field people never see (out of sight, out of the tab order) and robots fill in. */
export const honeypotField = 'website'
export const honeypotMaxLength = 500

/** The consent checkbox; a form without it ticked is refused. */
export const consentField = 'consent'
