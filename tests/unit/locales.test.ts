/** One list of five locales drives content, the admin languages and the site routing; the UI speaks all five. */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { routing } from '@/i18n/routing'

const messagesDir = path.resolve(import.meta.dirname, '../../src/i18n/messages')

const keysOf = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
    : [prefix]

describe('locales', () => {
  it('are en (default), fr, de, pt and nl for the content, the admin and the site routes alike', async () => {
    const config = await (await import('@payload-config')).default
    expect(locales).toEqual(['en', 'fr', 'de', 'pt', 'nl'])
    expect(config.localization && config.localization.localeCodes).toEqual([...locales])
    expect(config.localization && config.localization.defaultLocale).toBe('en')
    expect(Object.keys(config.i18n.supportedLanguages).sort()).toEqual([...locales].sort())
    expect(routing.locales).toEqual(locales)
    expect(routing.defaultLocale).toBe('en')
  })

  it('have every UI string translated, with no empty one', () => {
    const english = keysOf(JSON.parse(fs.readFileSync(path.join(messagesDir, 'en.json'), 'utf8'))).sort()
    for (const locale of locales) {
      const messages = JSON.parse(fs.readFileSync(path.join(messagesDir, `${locale}.json`), 'utf8'))
      expect(keysOf(messages).sort(), locale).toEqual(english)
      expect(JSON.stringify(messages), locale).not.toMatch(/""/)
    }
  })
})
