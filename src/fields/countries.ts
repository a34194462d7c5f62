import type { SelectField } from 'payload'

import { locales } from '@/i18n/locales'

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

const namesIn = locales.map((locale) => [locale, new Intl.DisplayNames([locale], { type: 'region' })] as const)

/** "Germany (DE)", "Allemagne (DE)", …: the country named in each admin language. */
const countryLabel = (code: CountryCode) =>
  Object.fromEntries(namesIn.map(([locale, names]) => [locale, `${names.of(code)} (${code})`]))

/** A country picker storing the ISO code; the front ends name the country in the reader's language. */
export const countryField = (overrides: Partial<SelectField> = {}): SelectField =>
  ({
    name: 'country',
    type: 'select',
    options: countryCodes.map((code) => ({ label: countryLabel(code), value: code })),
    ...overrides,
  }) as SelectField
