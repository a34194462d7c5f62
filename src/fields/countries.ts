import type { SelectField } from 'payload'

/** ISO 3166-1 alpha-2 codes of the EU member states and the European partners' neighbours. */
export const countryCodes = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'CH',
  'GB',
  'NO',
] as const

export type CountryCode = (typeof countryCodes)[number]

const englishNames = new Intl.DisplayNames(['en'], { type: 'region' })

/** A country picker storing the ISO code; the front ends name the country in the reader's language. */
export const countryField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'country',
    type: 'select',
    options: countryCodes.map((code) => ({ label: `${englishNames.of(code)} (${code})`, value: code })),
    ...overrides,
  }) as SelectField
