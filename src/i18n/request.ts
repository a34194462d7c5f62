import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'

import { routing } from './routing'

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  return {
    locale,
    messages: (await import(`./messages/${locale}.json`)).default,
    // The zone the sites write publication dates in (sites/shared/format.ts). Named, so the server's
    // own zone never decides how a date reads, and next-intl does not ask the system on every request.
    timeZone: 'UTC',
  }
})
