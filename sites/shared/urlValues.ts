/** A positive whole number from a URL segment or query value, else null. */
export const wholeNumber = (value: unknown) => {
  const number = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN
  return number > 0 ? number : null
}

/** A query value given once, as it came; a repeated or missing one is undefined. */
export const queryValue = (value: unknown) => (typeof value === 'string' ? value : undefined)

/** A query value given once and not blank, trimmed and cut to `maxLength`; else undefined. */
export const queryText = (value: unknown, maxLength = 200) => queryValue(value)?.trim().slice(0, maxLength) || undefined
