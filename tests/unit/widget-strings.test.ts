/** The widget speaks the project's five languages: every string in each, none left empty or in English. */
import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'

import { strings } from '../../sites/widget/src/i18n'

describe('the widget’s UI strings', () => {
  it('exist for every project locale and no other', () => {
    expect(Object.keys(strings).sort()).toEqual([...locales].sort())
  })

  it.each(locales.filter((locale) => locale !== 'en'))('are all translated into %s', (locale) => {
    const english = strings.en
    const translated = strings[locale]
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort())
    for (const [key, text] of Object.entries(translated)) expect(text.trim(), key).not.toBe('')
    // Words that are the same in both languages (Online, Webinar, Newsletter, Partners) aside,
    // a sentence left in English is an omission.
    const sentences = Object.entries(translated).filter(
      ([key, text]) => text.includes(' ') && text === english[key as keyof typeof english],
    )
    expect(sentences).toEqual([])
  })
})
