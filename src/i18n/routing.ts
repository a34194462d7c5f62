import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The root redirects by Accept-Language alone: no cookie, so public pages set none (no consent
  // banner needed, and every anonymous response can be cached).
  localeCookie: false,
  // Pages write their own hreflang links: per-locale slugs differ, which this header cannot know.
  alternateLinks: false,
})
