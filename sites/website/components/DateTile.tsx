import type { Locale } from '@/i18n/locales'
import { dateFormat } from '@sites/shared/format'

/** An event's first day as a calendar leaf (day, short month, year), in the event's own time zone. */
export const DateTile = ({ locale, iso, timeZone }: { locale: Locale; iso: string; timeZone: string }) => {
  const part = (options: Intl.DateTimeFormatOptions) =>
    dateFormat(locale, { ...options, timeZone }).format(new Date(iso))
  // The full date is in the card's text; the leaf repeats it for the eye only.
  return (
    <span className="date-tile" aria-hidden="true">
      <span className="day">{part({ day: 'numeric' })}</span>
      <span className="month">{part({ month: 'short' }).replace('.', '')}</span>
      <span className="month">{part({ year: 'numeric' })}</span>
    </span>
  )
}
