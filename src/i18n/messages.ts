import { createTranslator } from 'next-intl'

import type { Locale } from './locales'
import de from './messages/de.json'
import en from './messages/en.json'
import fr from './messages/fr.json'
import nl from './messages/nl.json'
import pt from './messages/pt.json'

/** Every locale's UI strings, for server code that speaks outside a page (emails, API answers). */
export const messages = { en, fr, de, pt, nl } satisfies Record<Locale, typeof en>

export type Namespace = keyof typeof en

/** One namespace's strings in one language, outside any request. */
export const translator = <N extends Namespace>(locale: Locale, namespace: N) =>
  createTranslator({ locale, messages: messages[locale], namespace })
