import type { Locale } from '@/i18n/locales'

const dateFormats = new Map<string, Intl.DateTimeFormat>()
const regionNames = new Map<string, Intl.DisplayNames>()

/**
 * A date formatter for `locale` and `options`, made once: making one costs far more than using it,
 * and a page formats dozens of dates. The keys are few (locales × options × event time zones).
 */
export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale} ${JSON.stringify(options)}`
  const made = dateFormats.get(key)
  if (made) return made
  const format = new Intl.DateTimeFormat(locale, options)
  dateFormats.set(key, format)
  return format
}

/** A publication date, as a reader of `locale` writes it. */
export const formatDate = (locale: Locale, iso: string, timeZone = 'UTC') =>
  dateFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso))

const regionsIn = (locale: Locale) => {
  const made = regionNames.get(locale)
  if (made) return made
  const names = new Intl.DisplayNames([locale], { type: 'region' })
  regionNames.set(locale, names)
  return names
}

export const countryName = (locale: Locale, code?: string | null) =>
  code ? (regionsIn(locale).of(code) ?? code) : null

/** A project month (1 = the month the project starts) as the calendar month it ends in: "June 2025". */
export const projectMonth = (locale: Locale, projectStart: string, month: number) => {
  const start = new Date(projectStart)
  const date = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + month - 1, 1))
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}

/** A file's size as readers say it: "840 kB", "1.2 MB" (decimal units, the reader's number format). */
export const fileSize = (locale: Locale, bytes: number) => {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [Math.max(bytes / 1e3, 1), 'kilobyte']
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value)
}
