/** `<wayout-deliverables>` speaks the project's five languages: its own words in each, none left in English. */
import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'

import { deliverableStrings } from '../../sites/widget/src/elements/deliverableStrings'

describe('the deliverables widget’s strings', () => {
  it('exist for every project locale and no other', () => {
    expect(Object.keys(deliverableStrings).sort()).toEqual([...locales].sort())
  })

  it.each(locales.filter((locale) => locale !== 'en'))('are all translated into %s', (locale) => {
    const english = deliverableStrings.en
    const translated = deliverableStrings[locale]
    for (const [key, text] of Object.entries(translated)) {
      expect(text.trim(), key).not.toBe('')
      // One word may be the same (Dutch says "Deliverables" too); a phrase left in English is an omission.
      if (text.includes(' ')) expect(text, key).not.toBe(english[key as keyof typeof english])
    }
  })
})
