import type { TextField } from 'payload'

/** An absolute http(s) URL; anything else is refused with a message an editor understands. */
export const validateUrl = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Use an http:// or https:// address.'
  } catch {
    return 'Enter a full web address, starting with https://'
  }
}

export const urlField = (name: string, overrides: Partial<TextField> = {}): TextField =>
  ({
    name,
    type: 'text',
    validate: validateUrl,
    ...overrides,
  }) as TextField
