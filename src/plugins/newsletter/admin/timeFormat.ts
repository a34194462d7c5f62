/**
 * How the newsletter sidebar and its endpoints write a sending time: date, hour and minute, with
 * the time zone named, so editors in different zones read the same moment.
 */
export const sendingTimeFormat: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
}
