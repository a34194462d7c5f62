/**
 * The developers page's configurator (src/plugins/partner-embed/snippet.ts): a query can only ask
 * for what is on offer, and each choice has one query, so the page has one address per choice.
 */
import { describe, expect, it } from 'vitest'

import { choiceFrom, queryOf } from '@/plugins/partner-embed/snippet'

const offer = { sites: ['wayout', 'practices'], categories: ['conference', 'training'], workPackages: [1, 2, 7] }

describe('an embed choice from a query', () => {
  it('keeps only values on offer: an unknown category, work package, site or widget falls back', () => {
    const choice = choiceFrom(
      { widget: 'wayout-deliverables', site: 'elsewhere', category: '"><script>', workPackage: '42', limit: '500' },
      offer,
    )
    expect(choice).toMatchObject({ widget: 'wayout-deliverables', site: 'wayout', category: '', workPackage: 0 })
    expect(choice.limit).toBe(50)
    expect(choiceFrom({ category: 'training' }, offer)).toMatchObject({ category: 'training' })
    expect(choiceFrom({ widget: 'wayout-deliverables', workPackage: '7' }, offer)).toMatchObject({ workPackage: 7 })
  })

  it('has one query per choice: defaults and options the widget does not take left out, in one order', () => {
    const sent = { theme: 'light', when: 'past', limit: '05', language: 'en', site: 'wayout', widget: 'wayout-news' }
    expect(queryOf(choiceFrom(sent, offer), offer)).toBe('')
    const events = choiceFrom({ widget: 'wayout-events', when: 'past', category: 'training', limit: '3' }, offer)
    expect(queryOf(events, offer)).toBe('widget=wayout-events&limit=3&when=past')
    expect(choiceFrom(Object.fromEntries(new URLSearchParams(queryOf(events, offer))), offer)).toEqual(events)
  })
})
